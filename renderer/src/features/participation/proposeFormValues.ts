import type { CallInput } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';

/** 提案 as the dialog holds it (提案日 as typed). */
export type ProposeFormValues = { proposedOn: string; hostSupport: string; note: string };

export function emptyProposeValues(today: string): ProposeFormValues {
  return { proposedOn: textFromIso(today), hostSupport: '', note: '' };
}

export function validatePropose(values: ProposeFormValues, today: string): Record<string, string> {
  const error = dateTextError(values.proposedOn, { required: true, notAfter: today });
  return error ? { proposedOn: error } : {};
}

export function toMatchCreateInput(
  link: { personId: number; caseId: number | null; resourceId: number },
  values: ProposeFormValues,
): CallInput<'match.create'> {
  return {
    ...link,
    proposedOn: isoFromText(values.proposedOn) ?? '',
    hostSupport: values.hostSupport,
    note: values.note,
  };
}
