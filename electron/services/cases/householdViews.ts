import type { PersonValues } from '../../../db/repositories/personRepository';
import type { HouseholdRow, PersonRow } from '../../../db/schema';
import type { FieldIssue } from '../../contract/errors';
import type { HouseholdView, PersonFields, PersonView } from '../../contract/schemas/household';
import { kanaKey, nameKey, phoneKey } from '../text/normalize';
import { ageOn } from './japanDate';

export function toHouseholdView(row: HouseholdRow): HouseholdView {
  return {
    id: row.id,
    postalCode: row.postalCode,
    address: row.address,
    building: row.building,
    district: row.district,
    housingType: row.housingType,
    memo: row.memo,
  };
}

/** A person as screens show them, with the age on `today` (Japan date). */
export function toPersonView(row: PersonRow, today: string): PersonView {
  return {
    id: row.id,
    householdId: row.householdId,
    name: row.name,
    nameKana: row.nameKana,
    birthDate: row.birthDate,
    sex: row.sex,
    relationship: row.relationship,
    livesTogether: row.livesTogether,
    phone: row.phone,
    mobilePhone: row.mobilePhone,
    email: row.email,
    disabilityBook: row.disabilityBook,
    careLevel: row.careLevel,
    livelihood: row.livelihood,
    memo: row.memo,
    age: ageOn(row.birthDate, today),
  };
}

/** The person columns: what was typed, plus the matching keys search and duplicate checks use. */
export function personValues(fields: PersonFields): PersonValues {
  return {
    ...fields,
    nameKey: nameKey(fields.name),
    kanaKey: kanaKey(fields.nameKana),
    phoneKey: phoneKey(fields.phone),
    mobilePhoneKey: phoneKey(fields.mobilePhone),
  };
}

/** A birth date after today is a typing mistake (e.g. the wrong 元号). */
export function birthDateIssues(fields: PersonFields, today: string, path: string): FieldIssue[] {
  return fields.birthDate !== null && fields.birthDate > today
    ? [{ path, message: '生年月日に未来の日付は入力できません' }]
    : [];
}
