import { sexes } from '../../../contract/caseCodes';
import type { HouseholdView, PersonView } from '../../../contract/schemas/household';
import { warekiDate } from '../wareki';

/** 生年月日 in 和暦 with the age on the print date: 昭和19年6月12日（82歳）; empty when unknown. */
export function birthText(person: Pick<PersonView, 'birthDate' | 'age'>): string {
  if (person.birthDate === null) return '';
  const age = person.age === null ? '' : `（${person.age}歳）`;
  return `${warekiDate(person.birthDate)}${age}`;
}

export function sexText(person: Pick<PersonView, 'sex'>): string {
  return person.sex === null ? '' : sexes.labels[person.sex];
}

/** 〒123-4567 みどり町本町2-14-3 建物名, leaving out what is unknown. */
export function addressText(household: HouseholdView): string {
  const postal = household.postalCode === '' ? '' : `〒${household.postalCode}`;
  return [postal, household.address, household.building].filter((s) => s !== '').join(' ');
}

/** 電話 and メール of a person, as one line. */
export function contactText(person: Pick<PersonView, 'phone' | 'email'>): string {
  return [
    person.phone === '' ? '' : `電話 ${person.phone}`,
    person.email === '' ? '' : `メール ${person.email}`,
  ]
    .filter((s) => s !== '')
    .join('　');
}

/** 手帳・要介護度 and other notes on a member, for the household table. */
export function memberNotesText(person: PersonView): string {
  return [person.disabilityBook, person.careLevel].filter((s) => s !== '').join('・');
}
