import type { CallInput } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';

/** 終結する: the date as typed and the reason. */
export type CloseFormValues = { closedOn: string; closeReason: string };

export function emptyCloseValues(today: string): CloseFormValues {
  return { closedOn: textFromIso(today), closeReason: '' };
}

/** A real 終結日 not after today, on or after 受付日; a reason of at most 200 characters. */
export function validateCloseValues(
  values: CloseFormValues,
  today: string,
  receivedOn: string,
): Record<string, string> {
  const t = ja.caseClose;
  const dateError = dateTextError(values.closedOn, { required: true, notAfter: today });
  const iso = isoFromText(values.closedOn);
  const reason = values.closeReason.trim();
  return compactErrors({
    closedOn: dateError ?? (iso !== null && iso < receivedOn ? t.beforeReceived : null),
    closeReason: reason === '' ? t.reasonRequired : reason.length > 200 ? t.reasonTooLong : null,
  });
}

export function closeInputFrom(caseId: number, values: CloseFormValues): CallInput<'case.close'> {
  const closedOn = isoFromText(values.closedOn);
  if (closedOn === null) throw new Error('close form saved before validation');
  return { id: caseId, closedOn, closeReason: values.closeReason.trim() };
}
