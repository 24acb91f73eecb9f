// 和暦 in Japan time to the minute, like every date on screen; who corrected what, and when.
const japanMinute = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO UTC timestamp as 令和8年4月2日 10:00 (Japan time). */
export function formatTimestamp(iso: string): string {
  return japanMinute.format(new Date(iso));
}
