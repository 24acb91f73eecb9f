import { parseImportDate } from './parseImportDate';
import type { RowContext } from './readImportSheet';
import type { RowReader } from './rowReader';

/**
 * A date column of a row as ISO, or null (blank, or an error recorded against the column).
 * Dates after today are refused: a ledger records what happened.
 */
export function readDateColumn<K extends string>(
  row: RowReader<K>,
  key: K,
  label: string,
  context: RowContext,
  options: { required: boolean },
): string | null {
  const parsed = parseImportDate(row.cell(key) ?? null, context.date1904);
  if (parsed === null) {
    if (options.required) row.error(key, `${label}がありません`);
    return null;
  }
  if (!parsed.ok) {
    row.error(key, `${label}: ${parsed.message}`);
    return null;
  }
  if (parsed.iso > context.today) {
    row.error(key, `${label}に未来の日付は入れられません（${parsed.iso.replaceAll('-', '/')}）`);
    return null;
  }
  return parsed.iso;
}
