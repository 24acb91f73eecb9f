import type { PersonView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { isoFromText } from '../../components/dateInput/dateText';
import type { PersonFormValues } from './personForm';

/**
 * A person about to be registered, and the registered people who may be them (the same 氏名 in
 * any variant spelling, or the same ふりがな, with the same 生年月日).
 */
export type SameMatch = { name: string; birthDate: string; existing: PersonView[] };

type Asked = { name: string; nameKana: string; birthDate: string };

/** Asks person.findSame for every new person with a 氏名 and a 生年月日; only those with matches. */
export async function findSameMembers(
  people: ReadonlyArray<Pick<PersonFormValues, 'name' | 'nameKana' | 'birthDate'>>,
): Promise<SameMatch[]> {
  const asked = people
    .map((person) => ({
      name: person.name.trim(),
      nameKana: person.nameKana.trim(),
      birthDate: isoFromText(person.birthDate),
    }))
    .filter((p): p is Asked => p.name !== '' && p.birthDate !== null);
  const answers = await Promise.all(
    asked.map(async (person) => ({ ...person, existing: await call('person.findSame', person) })),
  );
  return answers.filter((answer) => answer.existing.length > 0);
}
