import type { CallInput, Sex } from '../../../../electron/contract';
import {
  outreachCreateInput,
  type OutreachView,
} from '../../../../electron/contract/schemas/outreach';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';

/** 把握 as the form holds it: Select values as strings, 把握日 as typed (和暦 or 西暦). */
export type OutreachFormValues = {
  name: string;
  nameKana: string;
  sex: Sex | 'unknown';
  ageText: string;
  address: string;
  district: string;
  raisedBy: string;
  raisedByAgencyId: string | null;
  raisedOn: string;
  situation: string;
  mainStaffId: string | null;
};

/** A new 把握: known today, looked after by whoever records it. */
export function emptyOutreachValues(today: string, staffId: number): OutreachFormValues {
  return {
    name: '',
    nameKana: '',
    sex: 'unknown',
    ageText: '',
    address: '',
    district: '',
    raisedBy: '',
    raisedByAgencyId: null,
    raisedOn: textFromIso(today),
    situation: '',
    mainStaffId: String(staffId),
  };
}

export function outreachValuesFrom(view: OutreachView): OutreachFormValues {
  return {
    name: view.name,
    nameKana: view.nameKana,
    sex: view.sex ?? 'unknown',
    ageText: view.ageText,
    address: view.address,
    district: view.district,
    raisedBy: view.raisedBy,
    raisedByAgencyId: view.raisedByAgencyId === null ? null : String(view.raisedByAgencyId),
    raisedOn: textFromIso(view.raisedOn),
    situation: view.situation,
    mainStaffId: view.mainStaffId === null ? null : String(view.mainStaffId),
  };
}

function idOrNull(value: string | null): number | null {
  return value === null || value === '' ? null : Number(value);
}

/** outreach.create's input (an untyped date goes as '' so the schema names the field). */
export function toOutreachInput(
  values: OutreachFormValues,
  personId: number | null = null,
): CallInput<'outreach.create'> {
  return {
    name: values.name,
    nameKana: values.nameKana,
    personId,
    sex: values.sex === 'unknown' ? null : values.sex,
    ageText: values.ageText,
    address: values.address,
    district: values.district,
    raisedBy: values.raisedBy,
    raisedByAgencyId: idOrNull(values.raisedByAgencyId),
    raisedOn: isoFromText(values.raisedOn) ?? '',
    situation: values.situation,
    mainStaffId: idOrNull(values.mainStaffId),
  };
}

/** Field errors in Japanese: the contract's rules, and 把握日 read as typed, not after today. */
export function validateOutreach(
  values: OutreachFormValues,
  today: string,
): Record<string, string> {
  const errors = schemaErrors(outreachCreateInput, toOutreachInput(values));
  const dateError = dateTextError(values.raisedOn, { required: true, notAfter: today });
  delete errors.raisedOn;
  return dateError ? { ...errors, raisedOn: dateError } : errors;
}
