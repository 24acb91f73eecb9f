import type { CallInput, PersonView, Sex } from '../../../../electron/contract';
import { personFields } from '../../../../electron/contract/schemas/household';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { schemaErrors } from '../../components/forms/schemaErrors';

/** A person as the forms hold it: 生年月日 as typed (和暦 or 西暦), 性別 '' when not chosen. */
export type PersonFormValues = {
  name: string;
  nameKana: string;
  birthDate: string;
  sex: Sex | '';
  relationship: string;
  livesTogether: boolean;
  phone: string;
  mobilePhone: string;
  email: string;
  disabilityBook: string;
  careLevel: string;
  livelihood: string;
  memo: string;
};

export type PersonFieldsInput = CallInput<'person.create'>['person'];

export const emptyPerson: PersonFormValues = {
  name: '',
  nameKana: '',
  birthDate: '',
  sex: '',
  relationship: '',
  livesTogether: true,
  phone: '',
  mobilePhone: '',
  email: '',
  disabilityBook: '',
  careLevel: '',
  livelihood: '',
  memo: '',
};

/** The contract's person fields for the form's values (the typed date as ISO). */
export function toPersonFields(values: PersonFormValues): PersonFieldsInput {
  return {
    name: values.name,
    nameKana: values.nameKana,
    birthDate: isoFromText(values.birthDate),
    sex: values.sex || null,
    relationship: values.relationship,
    livesTogether: values.livesTogether,
    phone: values.phone,
    mobilePhone: values.mobilePhone,
    email: values.email,
    disabilityBook: values.disabilityBook,
    careLevel: values.careLevel,
    livelihood: values.livelihood,
    memo: values.memo,
  };
}

/** A registered person back into the form (for 編集). */
export function fromPersonView(person: PersonView): PersonFormValues {
  const { id: _id, householdId: _household, age: _age, ...fields } = person;
  return { ...fields, birthDate: textFromIso(person.birthDate), sex: person.sex ?? '' };
}

/** Field errors for one person under `prefix`: the contract's rules, and a real, past 生年月日. */
export function personFormErrors(
  values: PersonFormValues,
  prefix: string,
  today: string,
): Record<string, string> {
  const errors = schemaErrors(personFields, toPersonFields(values), prefix);
  const dateError = dateTextError(values.birthDate, { notAfter: today });
  if (dateError) errors[`${prefix}birthDate`] = dateError;
  return errors;
}
