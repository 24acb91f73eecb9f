import type { ReadDb } from '../../../db/database';
import { agenciesOfConsents, consentsOfCase } from '../../../db/repositories/consentRepository';
import { consentKinds, type ConsentKind } from '../../contract/caseCodes';
import type { ConsentView } from '../../contract/schemas/caseWork';

export type CaseConsents = {
  current: Record<ConsentKind, ConsentView | null>;
  history: ConsentView[];
};

/**
 * A case's 本人同意: every record newest first, and per kind the latest one (by date, then by
 * the order recorded), which is the state in force; null for a kind never recorded.
 */
export function consentsOfCaseView(db: ReadDb, caseId: number): CaseConsents {
  const rows = consentsOfCase(db, caseId);
  const agencies = agenciesOfConsents(
    db,
    rows.map((r) => r.consent.id),
  );
  const history = rows.map(({ consent, obtainedByName }): ConsentView => ({
    id: consent.id,
    kind: consent.kind,
    state: consent.state,
    recordedOn: consent.recordedOn,
    method: consent.method,
    proxyName: consent.proxyName,
    obtainedById: consent.obtainedBy,
    obtainedByName,
    agencies: agencies
      .filter((a) => a.consentId === consent.id)
      .map((a) => ({ id: a.id, name: a.name })),
    note: consent.note,
  }));
  const current = Object.fromEntries(
    consentKinds.codes.map((kind) => [kind, history.find((c) => c.kind === kind) ?? null]),
  ) as Record<ConsentKind, ConsentView | null>;
  return { current, history };
}
