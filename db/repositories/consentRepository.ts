import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { agency, consent, consentAgency, staff, type ConsentRow } from '../schema';
import { createdColumns, type Stamp, type StampColumn } from './stamp';

export type ConsentValues = Omit<typeof consent.$inferInsert, 'id' | StampColumn>;

/** Appends a consent record and the agencies it covers (records are never edited). */
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
