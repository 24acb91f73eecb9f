import type {
  CallInput,
  ConsentKind,
  ConsentMethod,
  ConsentState,
} from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';

/** 「同意を記録」: the date as typed (和暦 or 西暦), agencies as id strings for the pick list. */
export type ConsentFormValues = {
  kind: ConsentKind;
  state: ConsentState;
  recordedOn: string;
  method: ConsentMethod | null;
  proxyName: string;
  agencyIds: string[];
  note: string;
};

/** A new record: today, 同意あり by signature, the first kind. */
export function emptyConsentValues(today: string): ConsentFormValues {
  return {
    kind: 'application',
    state: 'given',
    recordedOn: textFromIso(today),
    method: 'signature',
    proxyName: '',
    agencyIds: [],
    note: '',
  };
}

/** Field errors in Japanese: a real date not after today, and 代筆者 when written by proxy. */
export function validateConsentValues(
  values: ConsentFormValues,
  today: string,
): Record<string, string> {
  return compactErrors({
    recordedOn: dateTextError(values.recordedOn, { required: true, notAfter: today }),
    proxyName:
      values.method === 'proxy' && values.proxyName.trim() === ''
        ? ja.caseConsent.proxyNameRequired
        : null,
  });
}

/** consent.record's input; 代筆者 is sent only with 代筆. */
export function consentInputFrom(
  caseId: number,
  values: ConsentFormValues,
): CallInput<'consent.record'> {
  const recordedOn = isoFromText(values.recordedOn);
  if (recordedOn === null) throw new Error('consent form saved before validation');
  return {
    caseId,
    kind: values.kind,
    state: values.state,
    recordedOn,
    method: values.method,
    proxyName: values.method === 'proxy' ? values.proxyName : '',
    agencyIds: values.agencyIds.map(Number),
    note: values.note,
  };
}
