import { asc, desc, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { supportCase } from '../../../db/schema';
import { stages } from '../../contract/caseCodes';
import type { ParsedInput } from '../../contract/types';

export type CaseListSort = ParsedInput<'case.list'>['sort'];

/**
 * The 'stage' sort key: higher for earlier stages (caseCodes order), so that "stage order, then
 * newest first" is one descending scan of support_case_list_stage. The index holds the same
 * expression (migration 0004); stage codes are constants, inlined rather than bound, because
 * SQLite matches an index expression only against the same literal expression.
 */
export const stageSortKey: SQL<number> = sql<number>`(CASE ${supportCase.stage} ${sql.raw(
  stages.codes.map((code, i) => `WHEN '${code}' THEN ${stages.codes.length - 1 - i}`).join(' '),
)} ELSE -1 END)`;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rowId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** How each sort orders the list, and the values that identify a row's place in that order. */
export type SortSpec = {
  /** The key columns, most significant first; the last one makes the key unique. */
  columns: SQL[];
  descending: boolean;
  /** The key values as a row (and a cursor) carries them. */
  key: z.ZodType<Array<string | number>>;
};

export const sortSpecs: Record<CaseListSort, SortSpec> = {
  receivedDesc: {
    columns: [sql`${supportCase.receivedOn}`, sql`${supportCase.id}`],
    descending: true,
    key: z.tuple([isoDate, rowId]),
  },
  receivedAsc: {
    columns: [sql`${supportCase.receivedOn}`, sql`${supportCase.id}`],
    descending: false,
    key: z.tuple([isoDate, rowId]),
  },
  // (fiscal_year, seq) is unique: R8-0001 follows R7-0999.
  caseNumber: {
    columns: [sql`${supportCase.fiscalYear}`, sql`${supportCase.seq}`],
    descending: false,
    key: z.tuple([z.number().int().min(1900).max(2200), rowId]),
  },
  stage: {
    columns: [stageSortKey, sql`${supportCase.receivedOn}`, sql`${supportCase.id}`],
    descending: true,
    key: z.tuple([z.number().int().min(-1).max(stages.codes.length), isoDate, rowId]),
  },
};

/** ORDER BY for a sort. */
export function orderByFor(spec: SortSpec): SQL[] {
  return spec.columns.map((column) => (spec.descending ? desc(column) : asc(column)));
}

/**
 * Rows after the cursor's row in the sort's order, as one row-value comparison so SQLite turns
 * it into a range on the sort's index (keyset paging: page 100 costs what page 1 does).
 */
export function afterKey(spec: SortSpec, key: Array<string | number>): SQL {
  const columns = sql.join(spec.columns, sql`, `);
  const values = sql.join(
    key.map((value) => sql`${value}`),
    sql`, `,
  );
  return spec.descending ? sql`(${columns}) < (${values})` : sql`(${columns}) > (${values})`;
}
