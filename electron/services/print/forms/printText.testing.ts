/** A print document's body as text, without tags or runs of whitespace, for reading assertions. */
export function printTextOf(doc: string): string {
  const body = doc.slice(doc.indexOf('<body>'));
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
