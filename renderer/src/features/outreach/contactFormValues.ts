import type { CallInput } from '../../../../electron/contract';
import type { OutreachMethod, OutreachResult } from '../../../../electron/contract/communityCodes';
import { outreachAddContactInput } from '../../../../electron/contract/schemas/outreach';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { ja } from '../../i18n/ja';

/** One contact as the form holds it (接触日 as typed). */
export type ContactFormValues = {
  contactedOn: string;
  method: OutreachMethod | null;
  result: OutreachResult | null;
  viaAgencyId: string | null;
  note: string;
};

export function emptyContactValues(today: string): ContactFormValues {
  return {
    contactedOn: textFromIso(today),
    method: null,
    result: null,
    viaAgencyId: null,
    note: '',
  };
}

/** outreach.addContact's input; 経由した関係機関 is sent only for a contact 関係機関経由. */
export function toContactInput(
  targetId: number,
  values: ContactFormValues,
): CallInput<'outreach.addContact'> {
  const via =
    values.result === 'viaAgency' && values.viaAgencyId ? Number(values.viaAgencyId) : null;
  return {
    targetId,
    contactedOn: isoFromText(values.contactedOn) ?? '',
    // The schema refuses a missing choice with the field's own message.
    method: values.method ?? ('' as OutreachMethod),
    result: values.result ?? ('' as OutreachResult),
    viaAgencyId: via,
    note: values.note,
  };
}

/** Field errors in Japanese; a contact records what happened, so not after today. */
export function validateContact(values: ContactFormValues, today: string): Record<string, string> {
  const errors = schemaErrors(outreachAddContactInput, toContactInput(1, values));
  delete errors.contactedOn;
  const t = ja.outreach;
  const own: Record<string, string | null> = {
    contactedOn: dateTextError(values.contactedOn, { required: true, notAfter: today }),
    method: values.method ? null : t.methodRequired,
    result: values.result ? null : t.resultRequired,
  };
  for (const [path, message] of Object.entries(own)) {
    if (message) errors[path] = message;
  }
  return errors;
}
