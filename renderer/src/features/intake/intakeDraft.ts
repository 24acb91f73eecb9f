import type { IntakeFormValues } from './intakeForm';

type Draft = { staffId: number; personId: number | null; values: IntakeFormValues };

// The intake being typed survives leaving the page or a lock (the shell unmounts), for the same
// user and the same preselected person only; kept in memory, never on disk; dropped once saved.
let draft: Draft | null = null;

export function keepIntakeDraft(
  staffId: number,
  personId: number | null,
  values: IntakeFormValues,
): void {
  draft = { staffId, personId, values };
}

export function intakeDraftFor(staffId: number, personId: number | null): IntakeFormValues | null {
  if (draft === null || draft.staffId !== staffId || draft.personId !== personId) return null;
  return draft.values;
}

export function dropIntakeDraft(): void {
  draft = null;
}
