const japaneseDateTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Asia/Tokyo',
});

/** When a backup was made, as the office reads it: 令和8年4月1日 18:30. */
export function formatBackupTime(iso: string): string {
  return japaneseDateTime.format(new Date(iso));
}
