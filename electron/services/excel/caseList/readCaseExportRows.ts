import type { ReadDb } from '../../../../db/database';
import {
  caseAgencyNamesInRange,
  caseFieldsInRange,
  caseLinesInRange,
  caseTagsInRange,
} from '../../../../db/repositories/caseExportQueries';
import { fields } from '../../../contract/caseCodes';
import type { ParsedInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { and, sql } from 'drizzle-orm';
import { supportCase } from '../../../../db/schema';
import { visibleCaseCondition, visibleHouseholdSql } from '../../cases/caseAccess';
import { pageShape } from '../../cases/listCasesShape';
import { filterConditions, stagesShown } from '../../cases/listCasesFilters';
import { orderByFor, sortSpecs } from '../../cases/listCasesSort';
import type { CaseExportRow } from './caseExportColumns';
import { idRanges } from './idRanges';

export type CaseExportFilters = ParsedInput<'export.cases'>['filters'];

/**
 * The ids of the cases the case list shows the actor for these filters (閲覧制限: the case and
 * household rules), in the list's order: the conditions of the list's page query (listCases.ts),
 * read in one statement without paging — an export wants every row, and a keyset page parses
 * each row's sort key, which for 100,000 rows cost more than the query.
 */
export function orderedCaseIds(db: ReadDb, actor: Actor, filters: CaseExportFilters): number[] {
  const input = { ...filters, limit: 1, cursor: null };
  if (stagesShown(input)?.length === 0) return [];
  return db
    .select({ id: supportCase.id })
    .from(supportCase)
    .where(
      and(
        ...filterConditions(input, pageShape(input)),
        visibleCaseCondition(actor),
        visibleHouseholdSql(actor, sql`${supportCase.householdId}`),
      ),
    )
    .orderBy(...orderByFor(sortSpecs[input.sort]))
    .all()
    .map((row) => row.id);
}

/**
 * The export's rows, a batch at a time in the list's order. The details are read in id order
 * (ranges of neighbouring ids), not in the list's order: on the encrypted file every page read
 * is a decryption, and cases in 受付日 order lie all over the table — read in that order, 100,000
 * cases took 24 s; by id ranges, each page is read about once.
 */
export function* caseExportBatches(
  db: ReadDb,
  actor: Actor,
  filters: CaseExportFilters,
  batchSize = 1000,
): Generator<CaseExportRow[]> {
  const ids = orderedCaseIds(db, actor, filters);
  const rows = detailsById(db, ids);
  for (let i = 0; i < ids.length; i += batchSize) {
    yield ids.slice(i, i + batchSize).flatMap((id) => {
      const row = rows.get(id);
      return row ? [row] : [];
    });
  }
}

const fieldRank = new Map<string, number>(fields.codes.map((code, i) => [code, i]));

/** Every wanted case's export row, read range by range in id order. */
function detailsById(db: ReadDb, ids: readonly number[]): Map<number, CaseExportRow> {
  const wanted = new Set(ids);
  const rows = new Map<number, CaseExportRow>();
  // Joined lists repeat across cases (the same 分野, the same agencies): keep one copy of each.
  const shared = new Map<string, string>();
  const once = (text: string) => shared.get(text) ?? (shared.set(text, text), text);
  for (const range of idRanges([...ids].sort((a, b) => a - b))) {
    const fieldsOf = groupByCase(caseFieldsInRange(db, range), (row) => row.field);
    const tagsOf = groupByCase(caseTagsInRange(db, range), (row) => row.tag);
    const agenciesOf = groupByCase(caseAgencyNamesInRange(db, range), (row) => row.name);
    for (const line of caseLinesInRange(db, range)) {
      if (!wanted.has(line.id)) continue;
      // The order users see everywhere (caseCodes), as the case list shows them.
      const fieldLabels = (fieldsOf.get(line.id) ?? [])
        .sort((a, b) => (fieldRank.get(a) ?? 0) - (fieldRank.get(b) ?? 0))
        .map((field) => fields.labels[field]);
      rows.set(line.id, {
        caseNumber: line.caseNumber,
        stage: line.stage,
        personName: line.personName,
        personKana: line.personKana,
        fields: once(fieldLabels.join('・')),
        tags: once((tagsOf.get(line.id) ?? []).join('、')),
        route: line.route,
        receivedOn: line.receivedOn,
        closedOn: line.closedOn,
        mainStaffName: once(line.mainStaffName ?? ''),
        coordination: line.coordination,
        agencies: once((agenciesOf.get(line.id) ?? []).join('、')),
      });
    }
  }
  return rows;
}

function groupByCase<R extends { caseId: number }, V>(
  rows: readonly R[],
  value: (row: R) => V,
): Map<number, V[]> {
  const grouped = new Map<number, V[]>();
  for (const row of rows) {
    const list = grouped.get(row.caseId);
    if (list) list.push(value(row));
    else grouped.set(row.caseId, [value(row)]);
  }
  return grouped;
}
