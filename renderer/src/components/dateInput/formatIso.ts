import { formatWarekiDate } from '../../i18n/formatWarekiDate';

/** An ISO date (`YYYY-MM-DD`) in 和暦: 令和8年4月1日; empty for null. */
export function formatIsoWareki(iso: string | null): string {
  if (iso === null || iso === '') return '';
  return formatWarekiDate(new Date(`${iso.slice(0, 10)}T00:00:00+09:00`));
}

/** A local date-time (`YYYY-MM-DDTHH:mm`, Japan time) in 和暦: 令和8年4月1日 14:30. */
export function formatLocalDateTimeWareki(localDateTime: string): string {
  const time = localDateTime.slice(11, 16);
  return time
    ? `${formatIsoWareki(localDateTime.slice(0, 10))} ${time}`
    : formatIsoWareki(localDateTime);
}
