// Japan keeps no daylight saving time: Asia/Tokyo is always UTC+9.
const japanOffsetMs = 9 * 60 * 60 * 1000;

/** The date and minute now in Japan: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function japanNow(now: Date = new Date()): { date: string; time: string } {
  const shifted = new Date(now.getTime() + japanOffsetMs).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}
