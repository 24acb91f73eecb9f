import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, consent, consentAgency, staff, type ConsentRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type ConsentValues = Omit<typeof consent.$inferInsert, 'id' | StampColumn>;

/** Appends a consent record and the agencies it covers. */
export function insertConsent(
  tx: WriteTx,
  values: ConsentValues,
  agencyIds: readonly number[],
  stamp: Stamp,
): ConsentRow {
  const row = tx
    .insert(consent)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
  if (agencyIds.length > 0) {
    tx.insert(consentAgency)
      .values(agencyIds.map((agencyId) => ({ consentId: row.id, agencyId })))
      .run();
  }
  return row;
}

/** A case's consent records, newest first (by date, then by the order they were recorded). */
export function consentsOfCase(db: ReadDb, caseId: number) {
  return db
    .select({ consent, obtainedByName: staff.displayName })
    .from(consent)
    .leftJoin(staff, eq(staff.id, consent.obtainedBy))
    .where(eq(consent.caseId, caseId))
    .orderBy(desc(consent.recordedOn), desc(consent.id))
    .all();
}

/** The agencies each consent covers, by agency name. */
export function agenciesOfConsents(db: ReadDb, consentIds: readonly number[]) {
  if (consentIds.length === 0) return [];
  return db
    .select({ consentId: consentAgency.consentId, id: agency.id, name: agency.name })
    .from(consentAgency)
    .innerJoin(agency, eq(agency.id, consentAgency.agencyId))
    .where(inArray(consentAgency.consentId, [...consentIds]))
    .orderBy(asc(agency.nameKey), asc(agency.id))
    .all();
}

/** What a correction of a consent record may change (the case, person and kind stay). */
export type ConsentPatch = Pick<
  ConsentValues,
  'state' | 'recordedOn' | 'method' | 'proxyName' | 'note'
>;

/**
 * Corrects a consent record and replaces the agencies it covers. Only a correction does this,
 * after keeping the earlier version (services/history); a change of state is a new record.
 */
export function correctConsentRow(
  tx: WriteTx,
  id: number,
  patch: ConsentPatch,
  agencyIds: readonly number[],
  stamp: Stamp,
): void {
  tx.update(consent)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(consent.id, id))
    .run();
  tx.delete(consentAgency).where(eq(consentAgency.consentId, id)).run();
  if (agencyIds.length > 0) {
    tx.insert(consentAgency)
      .values(agencyIds.map((agencyId) => ({ consentId: id, agencyId })))
      .run();
  }
}

export function findConsentById(db: ReadDb, id: number): ConsentRow | undefined {
  return db.select().from(consent).where(eq(consent.id, id)).get();
}
