import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { localDateOf, localTimeOf } from '../../../../electron/contract/japaneseDate/japanTime';

/** An ISO date (`YYYY-MM-DD`) in 和暦: 令和8年4月1日; empty for null. */
export function formatIsoWareki(iso: string | null): string {
  if (iso === null || iso === '') return '';
  return formatWarekiDate(new Date(`${localDateOf(iso)}T00:00:00+09:00`));
}

/** A local date-time (`YYYY-MM-DDTHH:mm`, Japan time) in 和暦: 令和8年4月1日 14:30. */
export function formatLocalDateTimeWareki(localDateTime: string): string {
  const time = localTimeOf(localDateTime);
  return time
    ? `${formatIsoWareki(localDateOf(localDateTime))} ${time}`
    : formatIsoWareki(localDateTime);
}
