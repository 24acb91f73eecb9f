import type { PersonView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { isoFromText } from '../../components/dateInput/dateText';
import type { PersonFormValues } from './personForm';

/** A person about to be registered, and the registered people with the same 氏名 and 生年月日. */
export type SameMatch = { name: string; birthDate: string; existing: PersonView[] };

/** Asks person.findSame for every new person with a 氏名 and a 生年月日; only those with matches. */
export async function findSameMembers(people: readonly PersonFormValues[]): Promise<SameMatch[]> {
  const asked = people
    .map((person) => ({ name: person.name.trim(), birthDate: isoFromText(person.birthDate) }))
    .filter((p): p is { name: string; birthDate: string } => p.name !== '' && p.birthDate !== null);
  const answers = await Promise.all(
    asked.map(async (person) => ({ ...person, existing: await call('person.findSame', person) })),
  );
  return answers.filter((answer) => answer.existing.length > 0);
}
