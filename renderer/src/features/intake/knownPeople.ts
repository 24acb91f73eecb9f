/** A person as the intake shows the chosen 本人: enough to recognise them. */
export type KnownPerson = {
  id: number;
  householdId: number;
  name: string;
  nameKana: string;
  birthDate: string | null;
};

// People the user has just seen (a household screen, the picker), so 「この人の相談を受け付ける」
// can name the person without another call. In memory only, for this window.
const known = new Map<number, KnownPerson>();

export function rememberPeople(people: readonly KnownPerson[]): void {
  for (const person of people) {
    const { id, householdId, name, nameKana, birthDate } = person;
    known.set(id, { id, householdId, name, nameKana, birthDate });
  }
}

export function knownPerson(id: number | null): KnownPerson | undefined {
  return id === null ? undefined : known.get(id);
}
