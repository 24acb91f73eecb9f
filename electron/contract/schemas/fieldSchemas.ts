import { localDateOf } from '../japaneseDate/japanTime';
import { z } from '../zodJapanese';

/** A database id. */
export const idSchema = z.number().int().positive();

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as ISO `YYYY-MM-DD`; 2月30日 and the like are refused. */
export const isoDateSchema = (label: string) =>
  z
    .string({ error: `${label}を入力してください` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}の形式が正しくありません` })
    .refine(isRealDate, { error: `${label}は存在しない日付です` })
    .refine((s) => s >= '1900-01-01' && s <= '2100-12-31', { error: `${label}の年が範囲外です` });

/** Local date and time `YYYY-MM-DDTHH:mm` (Japan time as written by the worker). */
export const localDateTimeSchema = (label: string) =>
  z
    .string({ error: `${label}を入力してください` })
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
      error: `${label}の形式が正しくありません`,
      // The date check below reads the text as a date-time: never run it on other text.
      abort: true,
    })
    .refine((s) => isRealDate(localDateOf(s)), { error: `${label}は存在しない日付です` });

/** One line of text: trimmed, no control characters, at most `max` characters. */
export const lineSchema = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}は${max}文字以内にしてください` })
    .regex(/^[^\p{Cc}]*$/u, { error: `${label}に使えない文字が含まれています` });

/** A required line of text. */
export const requiredLineSchema = (label: string, max: number) =>
  lineSchema(label, max).min(1, { error: `${label}を入力してください` });

/** Multi-line text (notes, 主訴): newlines and tabs allowed, other control characters refused. */
export const textSchema = (label: string, max: number) =>
  z
    .string()
    .max(max, { error: `${label}は${max}文字以内にしてください` })
    .regex(/^(?:[^\p{Cc}]|[\t\n\r])*$/u, {
      error: `${label}に使えない文字が含まれています`,
    });
