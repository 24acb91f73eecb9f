import type { CallInput, CloseReason } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';

/** 終結する: the date as typed, 終結理由 chosen ('' until chosen) and its 補足. */
export type CloseFormValues = {
  closedOn: string;
  closeReasonCode: CloseReason | '';
  closeReason: string;
};

export function emptyCloseValues(today: string): CloseFormValues {
  return { closedOn: textFromIso(today), closeReasonCode: '', closeReason: '' };
}

/**
 * A real 終結日 not after today, on or after 受付日; 終結理由 chosen; a 補足 of at most 200
 * characters, needed for その他.
 */
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
    closeReasonCode: values.closeReasonCode === '' ? t.reasonRequired : null,
    closeReason:
      reason === '' && values.closeReasonCode === 'other'
        ? t.noteRequired
        : reason.length > 200
          ? t.reasonTooLong
          : null,
  });
}

export function closeInputFrom(caseId: number, values: CloseFormValues): CallInput<'case.close'> {
  const closedOn = isoFromText(values.closedOn);
  const code = values.closeReasonCode;
  if (closedOn === null || code === '') throw new Error('close form saved before validation');
  return { id: caseId, closedOn, closeReasonCode: code, closeReason: values.closeReason.trim() };
}
