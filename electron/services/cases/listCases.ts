import { and, sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { supportCase } from '../../../db/schema';
import type { CaseListResult } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { visibleCaseCondition, visibleHouseholdSql } from './caseAccess';
import { caseSummariesByIds } from './caseSummaries';
import { decodeCursor, encodeCursor } from './listCasesCursor';
import { filterConditions, stagesShown, type FilterShape } from './listCasesFilters';
import { pageShape } from './listCasesShape';
import { afterKey, orderByFor, sortSpecs, type SortSpec } from './listCasesSort';
import { casesInStages, countVisibleCases } from './listCasesTotal';

/**
 * The case list: the cases the actor may see (閲覧制限: case and household rule) matching the
 * filters, in the chosen order, one page at a time by keyset cursor, with the total count.
 * Not audited as a view: a list shows summary lines; opening a case is the audited view.
 */
export function listCases(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'case.list'>,
): CaseListResult {
  const spec = sortSpecs[input.sort];
  const after = input.cursor === null ? null : decodeCursor(input.sort, input.cursor);
  if (stagesShown(input)?.length === 0) return { rows: [], total: 0, nextCursor: null };

  // The total first: it is read from counters or indexes, and it tells how to read the page.
  const { total, stagesWithMatches } = countVisibleCases(db, actor, input);
  if (total === 0) return { rows: [], total, nextCursor: null };
  // Stages without a match are left out of the page's walk: the newest cases (受付) rarely have
  // a 重層的支援会議 consent, and probing each of them for one took 5 ms at 100k cases.
  const narrowed = stagesWithMatches
    ? { ...input, status: 'all' as const, stages: stagesWithMatches }
    : input;
  const shape = pageShape(narrowed, { matches: total, inStages: casesInStages(db, narrowed) });
  const page = pageKeys(db, actor, narrowed, spec, after, shape);
  const hasMore = page.length > input.limit;
  const shown = hasMore ? page.slice(0, input.limit) : page;
  const last = shown.at(-1);
  return {
    rows: caseSummariesByIds(
      db,
      shown.map((row) => row.id),
    ),
    total,
    // The key goes back out in a cursor and must decode again: parse it as decodeCursor will.
    nextCursor: hasMore && last ? encodeCursor(input.sort, spec.key.parse(last.keyValues)) : null,
  };
}

/** A page row: its id and its sort key's column values (checked only for the cursor's row). */
type PageRow = { id: number; keyValues: unknown[] };

/** Ids and sort keys of one page plus one row (to know whether another page follows). */
export function pageKeys(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'case.list'>,
  spec: SortSpec,
  after: Array<string | number> | null,
  shape: FilterShape,
): PageRow[] {
  const conditions: Array<SQL | undefined> = [
    ...filterConditions(input, shape),
    visibleCaseCondition(actor),
    visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
    after ? afterKey(spec, after) : undefined,
  ];
  // Written as SQL rather than through the query builder, whose building and row mapping cost
  // as much as running this page query at town scale.
  const keys = spec.columns.map((column, i) => sql`${column} AS ${sql.raw(`k${i}`)}`);
  const rows = db.all<Record<string, unknown> & { id: number }>(sql`SELECT ${supportCase.id} AS id,
      ${sql.join(keys, sql`, `)}
    FROM ${supportCase}
    WHERE ${and(...conditions) ?? sql`1`}
    ORDER BY ${sql.join(orderByFor(spec), sql`, `)}
    LIMIT ${input.limit + 1}`);
  return rows.map((row) => ({
    id: row.id,
    keyValues: spec.columns.map((_, i) => row[`k${i}`]),
  }));
}
