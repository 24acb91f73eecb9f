/**
 * Text as a quoted CSS string (for `content:` in @page margin boxes): every character that is not
 * a letter, digit or space becomes a hex escape, so quotes, backslashes and `</style>` can never
 * end the string or the style element.
 */
export function cssString(text: string): string {
  let out = '';
  for (const char of text) {
    out += /^[\p{L}\p{N} ]$/u.test(char) ? char : `\\${(char.codePointAt(0) ?? 0).toString(16)} `;
  }
  return `"${out}"`;
}
