/**
 * Escaping user text for the two pattern languages search uses. The user's words are data, never
 * syntax: an FTS5 query of `AND`, `NEAR(`, `"` or `*` must search for those characters, and a LIKE
 * pattern of `%` or `_` for those characters.
 */

/** One FTS5 string (a phrase): double quotes doubled, everything else literal inside the quotes. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * An FTS5 MATCH expression requiring every word, each in any of its spellings:
 * [['介護'], ['ＡＢＣ', 'ABC']] → ("介護") AND ("ＡＢＣ" OR "ABC").
 */
export function ftsAllWords(words: readonly (readonly string[])[]): string {
  return words.map((forms) => `(${forms.map(ftsString).join(' OR ')})`).join(' AND ');
}

/** The escape character of every LIKE pattern built here (`LIKE ? ESCAPE '\'`). */
export const likeEscape = '\\';

/** A LIKE pattern matching `text` anywhere, with `%`, `_` and the escape itself made literal. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/gu, (ch) => likeEscape + ch)}%`;
}

/**
 * The upper bound of a prefix range: every string starting with `prefix` sorts in
 * [prefix, prefix + U+10FFFF) under SQLite's BINARY (UTF-8 byte) order, so an index on the column
 * answers "starts with" (LIKE 'x%' cannot use it: LIKE is case-insensitive, the index is not).
 */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
