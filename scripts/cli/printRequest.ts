import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../electron/contract/errors';
import { noteRangeInput } from '../../electron/contract/schemas/print';
import { parseInput } from './parseInput';
import { UsageError } from './usageError';

/** The forms `print` makes, as typed on the command line. */
export const printForms = ['intake', 'notes', 'plan', 'evaluation', 'handout', 'minutes'] as const;
export type PrintForm = (typeof printForms)[number];

/** The forms of a meeting (会議資料, 会議録): named by the meeting's number, not a case's. */
export type MeetingPrintForm = Extract<PrintForm, 'handout' | 'minutes'>;

export function isMeetingForm(form: PrintForm): form is MeetingPrintForm {
  return form === 'handout' || form === 'minutes';
}

/**
 * One `print` command line, checked: which form, which case (or meeting), where to, for notes a
 * range, for plan and evaluation the plan version (作成回数; undefined: the latest), for the
 * meeting forms whether names print as initials.
 */
export type PrintRequest = {
  form: PrintForm;
  /** The case number, or for handout and minutes the meeting's number (its id). */
  caseNumber: string;
  outPath: string;
  range: { from?: string | undefined; to?: string | undefined };
  version?: number | undefined;
  meetingId?: number | undefined;
  initials: boolean;
};

const formsText = 'intake、notes、plan、evaluation、handout または minutes';

const usage = (message: string) => new UsageError(message, { command: 'print' });

/**
 * Reads `<intake|notes|plan|evaluation> ケース番号 --out FILE [--from 日付] [--to 日付]
 * [--version N]` or `<handout|minutes> 会議番号 --out FILE [--initials]`: anything missing, extra
 * or malformed is a usage error (exit 2) before anything is opened.
 */
export function readPrintRequest(
  args: readonly string[],
  options: Readonly<Partial<Record<'out' | 'from' | 'to' | 'version' | 'initials', string>>>,
): PrintRequest {
  const [form, caseNumber, ...extra] = args;
  if (form === undefined) throw usage(`帳票の種類（${formsText}）を指定してください。`);
  if (!(printForms as readonly string[]).includes(form)) {
    throw usage(`不明な帳票です: ${form}（${formsText} を指定してください）`);
  }
  const meeting = isMeetingForm(form as PrintForm);
  if (caseNumber === undefined || caseNumber.trim() === '') {
    throw usage(
      meeting
        ? '会議番号を指定してください（会議画面のアドレス #/meetings/12 の数字）。'
        : 'ケース番号を指定してください（例: R8-0001）。',
    );
  }
  if (extra.length > 0) throw usage(`余分な引数があります: ${extra.join(' ')}`);
  if (options.out === undefined || options.out === '') {
    throw usage('保存先の PDF ファイルを --out で指定してください。');
  }
  if (form !== 'notes' && (options.from !== undefined || options.to !== undefined)) {
    throw usage('--from と --to は経過記録（notes）にだけ指定できます。');
  }
  if (!meeting && options.initials !== undefined) {
    throw usage('--initials は会議資料（handout）と会議録（minutes）にだけ指定できます。');
  }
  const version = readVersion(form, options.version);
  const range = parseInput(noteRangeInput, { from: options.from, to: options.to }, 'print');
  return {
    form: form as PrintForm,
    caseNumber,
    outPath: path.resolve(options.out),
    range,
    version,
    meetingId: meeting ? readMeetingId(caseNumber) : undefined,
    initials: options.initials === 'true',
  };
}

/** A meeting's number: its id, a whole number from 1 (full-width digits accepted). */
function readMeetingId(text: string): number {
  const normalized = text.normalize('NFKC').trim();
  if (!/^[1-9]\d{0,8}$/.test(normalized)) {
    throw usage(`会議番号には 1 以上の整数を指定してください: ${text}`);
  }
  return Number(normalized);
}

/** `--version N`: a whole number from 1, for plan and evaluation only. */
function readVersion(form: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (form !== 'plan' && form !== 'evaluation') {
    throw usage('--version は支援プラン（plan）と評価シート（evaluation）にだけ指定できます。');
  }
  const normalized = text.normalize('NFKC').trim();
  if (!/^[1-9]\d{0,5}$/.test(normalized)) {
    throw usage(`--version には 1 以上の整数を指定してください: ${text}`);
  }
  return Number(normalized);
}

/** Refuses a destination whose folder does not exist, or that is a folder, before logging in. */
export function requireWritableDestination(outPath: string): void {
  const dir = path.dirname(outPath);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('NOT_FOUND', `PDF の保存先のフォルダがありません: ${dir}`);
  }
  if (fs.existsSync(outPath) && fs.statSync(outPath).isDirectory()) {
    throw new AppError(
      'CONFLICT',
      `保存先がフォルダです。ファイル名を指定してください: ${outPath}`,
    );
  }
}
