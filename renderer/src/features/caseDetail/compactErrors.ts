/** Form errors without the fields that passed (null), as Mantine's `validate` expects. */
export function compactErrors(errors: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => entry[1] !== null),
  );
}
