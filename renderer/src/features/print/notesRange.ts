import { dateTextError, isoFromText } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';

/** The 期間 of a 経過記録 print as typed (和暦 or 西暦; empty = open end). */
export type NotesRangeText = { from: string; to: string };

export type NotesRangeResult =
  | { ok: true; from: string | undefined; to: string | undefined }
  | { ok: false; errors: Partial<Record<keyof NotesRangeText, string>> };

/** Reads the typed range: each end a valid date or empty, the end not before the start. */
export function readNotesRange(text: NotesRangeText): NotesRangeResult {
  const errors: Partial<Record<keyof NotesRangeText, string>> = {};
  for (const key of ['from', 'to'] as const) {
    const error = dateTextError(text[key]);
    if (error !== null) errors[key] = error;
  }
  if (errors.from !== undefined || errors.to !== undefined) return { ok: false, errors };
  const from = isoFromText(text.from) ?? undefined;
  const to = isoFromText(text.to) ?? undefined;
  if (from !== undefined && to !== undefined && to < from) {
    return { ok: false, errors: { to: ja.print.rangeOrder } };
  }
  return { ok: true, from, to };
}
