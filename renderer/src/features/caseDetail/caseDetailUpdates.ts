import {
  consentKinds,
  type CaseDetail,
  type ConsentKind,
  type ConsentView,
  type NoteView,
} from '../../../../electron/contract';

function newestNoteFirst(a: NoteView, b: NoteView): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  return b.id - a.id;
}

function newestConsentFirst(a: ConsentView, b: ConsentView): number {
  if (a.recordedOn !== b.recordedOn) return a.recordedOn < b.recordedOn ? 1 : -1;
  return b.id - a.id;
}

/**
 * The case with a note added or corrected, the timeline kept newest first. Saves patch the
 * screen from the call's answer instead of re-reading the case (each case.get is an audited view).
 */
export function withNote(detail: CaseDetail, note: NoteView): CaseDetail {
  const others = detail.notes.filter((n) => n.id !== note.id);
  return { ...detail, notes: [...others, note].sort(newestNoteFirst) };
}

/**
 * The case with a consent record added: history newest first (by date, then by order recorded),
 * and per kind the latest record as the one in force — the same rule as the service.
 */
export function withConsent(detail: CaseDetail, consent: ConsentView): CaseDetail {
  const history = [...detail.consents.history.filter((c) => c.id !== consent.id), consent].sort(
    newestConsentFirst,
  );
  const current = Object.fromEntries(
    consentKinds.codes.map((kind) => [kind, history.find((c) => c.kind === kind) ?? null]),
  ) as Record<ConsentKind, ConsentView | null>;
  return { ...detail, consents: { current, history } };
}
