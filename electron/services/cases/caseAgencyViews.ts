import type { ReadDb } from '../../../db/database';
import { agenciesOfCases } from '../../../db/repositories/caseAgencyRepository';
import type { CaseAgencyView } from '../../contract/schemas/caseWork';
import { sortByAgencyKind } from '../directory/agencyOrder';

/** The agencies involved in a case with each one's 役割分担, by kind then name. */
export function caseAgencyViews(db: ReadDb, caseId: number): CaseAgencyView[] {
  return sortByAgencyKind(agenciesOfCases(db, [caseId])).map((row) => ({
    agencyId: row.agencyId,
    name: row.name,
    kind: row.kind,
    phone: row.phone,
    role: row.role,
  }));
}

/**
 * The agencies across several cases (the household screen): one line per agency with the case
 * numbers it serves and its distinct roles joined.
 */
export function agenciesAcrossCases(
  db: ReadDb,
  caseNumbers: ReadonlyMap<number, string>,
): Array<CaseAgencyView & { caseNumbers: string[] }> {
  const lines = new Map<number, CaseAgencyView & { caseNumbers: string[]; roles: string[] }>();
  for (const row of sortByAgencyKind(agenciesOfCases(db, [...caseNumbers.keys()]))) {
    const line = lines.get(row.agencyId) ?? {
      agencyId: row.agencyId,
      name: row.name,
      kind: row.kind,
      phone: row.phone,
      role: '',
      caseNumbers: [],
      roles: [],
    };
    const caseNumber = caseNumbers.get(row.caseId);
    if (caseNumber !== undefined) line.caseNumbers.push(caseNumber);
    if (row.role !== '' && !line.roles.includes(row.role)) line.roles.push(row.role);
    lines.set(row.agencyId, line);
  }
  return [...lines.values()].map(({ roles, ...line }) => ({
    ...line,
    caseNumbers: line.caseNumbers.sort(),
    role: roles.join('／'),
  }));
}
