import type {
  CallInput,
  ConsentView,
  ConsentKind,
  ConsentMethod,
  ConsentState,
} from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from './compactErrors';

/** 取得方法 「なし」, chosen on purpose (null is 「まだ選んでいない」). */
export const noConsentMethod = 'none';

/**
 * 「同意を記録」: the date as typed (和暦 or 西暦), agencies as id strings for the pick list. 状態 and
 * 取得方法 are null until the worker chooses them: a record says what was chosen, not a default.
 */
export type ConsentFormValues = {
  kind: ConsentKind;
  state: ConsentState | null;
  recordedOn: string;
  method: ConsentMethod | typeof noConsentMethod | null;
  proxyName: string;
  agencyIds: string[];
  note: string;
};

/** A new record: today, the first kind, 状態 and 取得方法 not chosen yet. */
export function emptyConsentValues(today: string): ConsentFormValues {
  return {
    kind: 'application',
    state: null,
    recordedOn: textFromIso(today),
    method: null,
    proxyName: '',
    agencyIds: [],
    note: '',
  };
}

/** Field errors in Japanese: 状態 and 取得方法 chosen, a real date not after today, 代筆者 with 代筆. */
export function validateConsentValues(
  values: ConsentFormValues,
  today: string,
): Record<string, string> {
  return compactErrors({
    state: values.state === null ? ja.caseConsent.stateRequired : null,
    method: values.method === null ? ja.caseConsent.methodRequired : null,
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
  if (recordedOn === null || values.state === null) {
    throw new Error('consent form saved before validation');
  }
  return {
    caseId,
    kind: values.kind,
    state: values.state,
    recordedOn,
    method: values.method === noConsentMethod ? null : values.method,
    proxyName: values.method === 'proxy' ? values.proxyName : '',
    agencyIds: values.agencyIds.map(Number),
    note: values.note,
  };
}

/** A saved record, back in the form for 訂正 (its kind stays). */
export function consentValuesFrom(view: ConsentView): ConsentFormValues {
  return {
    kind: view.kind,
    state: view.state,
    recordedOn: textFromIso(view.recordedOn),
    method: view.method ?? noConsentMethod,
    proxyName: view.proxyName,
    agencyIds: view.agencies.map((a) => String(a.id)),
    note: view.note,
  };
}

/** consent.correct's input: the record corrected as the form holds it. */
export function consentCorrectionFrom(
  id: number,
  values: ConsentFormValues,
): CallInput<'consent.correct'> {
  const { caseId: _caseId, kind: _kind, ...fields } = consentInputFrom(0, values);
  return { id, ...fields };
}
