const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Tokyo',
});

/** A date as people read it in the office: 令和8年4月1日. */
export function formatWarekiDate(date: Date): string {
  return wareki.format(date);
}
