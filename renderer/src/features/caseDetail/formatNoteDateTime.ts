import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { localDateOf, localTimeOf } from '../../../../electron/contract/japaneseDate/japanTime';

const weekdays = ['日', '月', '火', '水', '木', '金', '土'] as const;

/** A note's local date-time (`YYYY-MM-DDTHH:mm`, Japan time) as 令和8年4月1日（水） 14:30. */
export function formatNoteDateTime(occurredAt: string): string {
  const date = localDateOf(occurredAt);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return `${formatIsoWareki(date)}（${weekday}） ${localTimeOf(occurredAt)}`;
}
