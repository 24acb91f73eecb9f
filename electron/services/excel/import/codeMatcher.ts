/** A written value as compared with the lists: NFKC, no spaces of any width, Latin lower-cased. */
export function valueKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * Reads written words as codes: each code with every word that means it (its label first).
 * Words are compared by `valueKey`, so ＴＥＬ, tel and TEL are one.
 */
export function codeMatcher<C extends string>(
  words: Readonly<Record<C, readonly string[]>>,
): (written: string) => C | undefined {
  const byKey = new Map<string, C>();
  for (const code of Object.keys(words) as C[]) {
    for (const word of words[code]) byKey.set(valueKey(word), code);
  }
  return (written) => byKey.get(valueKey(written));
}
