import type { ReadDb } from '../../../../db/database';
import { agenciesOfCases } from '../../../../db/repositories/caseAgencyRepository';
import type { ParsedInput } from '../../../contract/types';
import type { Actor } from '../../audit/actor';
import { pageKeys, pageShape } from '../../cases/listCases';
import { stagesShown } from '../../cases/listCasesFilters';
import { sortSpecs } from '../../cases/listCasesSort';
import { caseSummariesByIds } from '../../cases/caseSummaries';
import type { CaseExportRow } from './caseExportColumns';

export type CaseExportFilters = ParsedInput<'export.cases'>['filters'];

/**
 * The cases the case list shows the actor for these filters (閲覧制限: the case and household
 * rules), in the list's order, a batch at a time by the list's own keyset paging — so an export
 * of 100,000 cases never holds them all, and holds exactly what the screen would page through.
 */
export function* caseExportBatches(
  db: ReadDb,
  actor: Actor,
  filters: CaseExportFilters,
  batchSize = 1000,
): Generator<CaseExportRow[]> {
  const input = { ...filters, limit: batchSize, cursor: null };
  if (stagesShown(input)?.length === 0) return;
  const spec = sortSpecs[input.sort];
  const shape = pageShape(input);
  let after: Array<string | number> | null = null;
  for (;;) {
    const page = pageKeys(db, actor, input, spec, after, shape);
    const shown = page.slice(0, batchSize);
    if (shown.length === 0) return;
    yield withAgencies(
      db,
      shown.map((row) => row.id),
    );
    if (page.length <= batchSize) return;
    after = shown.at(-1)?.key ?? null;
  }
}

function withAgencies(db: ReadDb, ids: number[]): CaseExportRow[] {
  const agencies = new Map<number, string[]>();
  for (const row of agenciesOfCases(db, ids)) {
    agencies.set(row.caseId, [...(agencies.get(row.caseId) ?? []), row.name]);
  }
  return caseSummariesByIds(db, ids).map((row) => ({
    ...row,
    agencies: agencies.get(row.id) ?? [],
  }));
}
