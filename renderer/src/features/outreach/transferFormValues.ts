import type { CallInput, Field } from '../../../../electron/contract';
import {
  outreachTransferInput,
  type OutreachView,
} from '../../../../electron/contract/schemas/outreach';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { ja } from '../../i18n/ja';

/** 支援へ移行 as the dialog holds it: 本人 chosen or made from the record, dates as typed. */
export type TransferFormValues = {
  personMode: 'existing' | 'new';
  personId: number | null;
  /** How the chosen person reads on screen (not sent). */
  personLabel: string;
  birthDate: string;
  receivedOn: string;
  chiefComplaint: string;
  fields: Field[];
};

/**
 * Starts from what the outreach record knows: its linked person if any, and what was known
 * as the first words of the 主訴.
 */
export function emptyTransferValues(today: string, target: OutreachView): TransferFormValues {
  return {
    personMode: target.personId ? 'existing' : 'new',
    personId: target.personId,
    personLabel: target.personId ? target.name : '',
    birthDate: '',
    receivedOn: textFromIso(today),
    chiefComplaint: target.situation,
    fields: [],
  };
}

export function toTransferInput(
  id: number,
  values: TransferFormValues,
): CallInput<'outreach.transfer'> {
  const existing = values.personMode === 'existing';
  return {
    id,
    receivedOn: isoFromText(values.receivedOn) ?? '',
    personId: existing ? values.personId : null,
    birthDate: existing ? null : isoFromText(values.birthDate),
    chiefComplaint: values.chiefComplaint,
    fields: values.fields,
  };
}

/**
 * Field errors in Japanese: 受付日 required, not before 把握日; 生年月日 optional; neither after
 * today; at least one 相談分野 (the monthly counts are by field).
 */
export function validateTransfer(
  values: TransferFormValues,
  today: string,
  raisedOn: string,
): Record<string, string> {
  const errors = schemaErrors(outreachTransferInput, toTransferInput(1, values));
  delete errors.receivedOn;
  delete errors.birthDate;
  const receivedOn = isoFromText(values.receivedOn);
  const own: Record<string, string | null> = {
    receivedOn:
      dateTextError(values.receivedOn, { required: true, notAfter: today }) ??
      (receivedOn !== null && receivedOn < raisedOn ? ja.outreach.receivedBeforeRaised : null),
    fields: values.fields.length === 0 ? ja.caseEdit.fieldsRequired : null,
    birthDate:
      values.personMode === 'new' ? dateTextError(values.birthDate, { notAfter: today }) : null,
    personId:
      values.personMode === 'existing' && values.personId === null
        ? ja.outreach.personRequired
        : null,
  };
  for (const [path, message] of Object.entries(own)) {
    if (message) errors[path] = message;
  }
  return errors;
}
