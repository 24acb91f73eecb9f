import type { CallInput } from '../../../../electron/contract';
import { householdFields } from '../../../../electron/contract/schemas/household';
import { schemaErrors } from '../../components/forms/schemaErrors';
import { personFormErrors, toPersonFields, type PersonFormValues } from './personForm';

/** 世帯 fields as the forms hold them (the contract's input, all text). */
export type HouseholdFormValues = {
  postalCode: string;
  address: string;
  building: string;
  district: string;
  housingType: string;
  memo: string;
};

export const emptyHousehold: HouseholdFormValues = {
  postalCode: '',
  address: '',
  building: '',
  district: '',
  housingType: '',
  memo: '',
};

/** A member in the 世帯を登録 form; `key` only keeps React's rows apart. */
export type MemberFormValues = PersonFormValues & { key: string };

export type HouseholdCreateForm = { household: HouseholdFormValues; members: MemberFormValues[] };

/** Errors of the household fields under `prefix` (郵便番号 format, lengths). */
export function householdFormErrors(
  values: HouseholdFormValues,
  prefix: string,
): Record<string, string> {
  return schemaErrors(householdFields, values, prefix);
}

/** Every field error of 世帯を登録, by form path (`household.postalCode`, `members.1.birthDate`). */
export function validateHouseholdCreate(
  values: HouseholdCreateForm,
  today: string,
): Record<string, string> {
  const errors = householdFormErrors(values.household, 'household.');
  values.members.forEach((member, index) => {
    Object.assign(errors, personFormErrors(member, `members.${index}.`, today));
  });
  return errors;
}

/** household.create's input for the form. */
export function toHouseholdCreateInput(values: HouseholdCreateForm): CallInput<'household.create'> {
  return {
    household: values.household,
    members: values.members.map(toPersonFields),
  };
}
