import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, caseAgency } from '../schema';
import { createdColumns, updatedColumns, type Stamp } from './stamp';

/** The agencies involved in the given cases, with each one's 役割分担, by agency kind and name. */
export function agenciesOfCases(db: ReadDb, caseIds: readonly number[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: caseAgency.caseId,
      agencyId: agency.id,
      name: agency.name,
      kind: agency.kind,
      phone: agency.phone,
      role: caseAgency.role,
    })
    .from(caseAgency)
    .innerJoin(agency, eq(agency.id, caseAgency.agencyId))
    .where(inArray(caseAgency.caseId, [...caseIds]))
    .orderBy(asc(agency.nameKey), asc(agency.id))
    .all();
}

/** Adds the agency to the case or changes its role; returns whether the link is new. */
export function upsertCaseAgency(
  tx: WriteTx,
  caseId: number,
  agencyId: number,
  role: string,
  stamp: Stamp,
): { added: boolean } {
  const existing = tx
    .select({ role: caseAgency.role })
    .from(caseAgency)
    .where(and(eq(caseAgency.caseId, caseId), eq(caseAgency.agencyId, agencyId)))
    .get();
  if (existing) {
    tx.update(caseAgency)
      .set({ role, ...updatedColumns(stamp) })
      .where(and(eq(caseAgency.caseId, caseId), eq(caseAgency.agencyId, agencyId)))
      .run();
    return { added: false };
  }
  tx.insert(caseAgency)
    .values({ caseId, agencyId, role, ...createdColumns(stamp) })
    .run();
  return { added: true };
}

/** Removes the link; returns whether there was one. */
export function deleteCaseAgency(tx: WriteTx, caseId: number, agencyId: number): boolean {
  const result = tx
    .delete(caseAgency)
    .where(and(eq(caseAgency.caseId, caseId), eq(caseAgency.agencyId, agencyId)))
    .run();
  return result.changes > 0;
}
