/**
 * A time of day as staff type it — 14:30, 9:05, 1430, 930, 14時30分, 14時, full-width digits —
 * as `HH:mm`; null when it is not a time.
 */
export function parseTimeText(text: string): string | null {
  const input = text.normalize('NFKC').replace(/\s+/gu, '');
  const match =
    /^(\d{1,2})[:.時](\d{1,2})分?$/u.exec(input) ??
    /^(\d{1,2})時?()$/u.exec(input) ??
    /^(\d{1,2})(\d{2})$/u.exec(input);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === '' || match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
