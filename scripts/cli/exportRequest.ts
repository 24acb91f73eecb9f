import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../electron/contract/errors';
import type { AuditFilters } from '../../electron/contract/schemas/audit';
import { reportMonthSchema } from '../../electron/contract/schemas/export';
import { isoDateSchema } from '../../electron/contract/schemas/fieldSchemas';
import { parseInput } from './parseInput';
import { UsageError } from './usageError';

/** One `export` command line, checked: what to export, where to, and its options. */
export type ExportRequest =
  | { kind: 'report'; month: string; allowPartial: boolean; outPath: string }
  | { kind: 'cases'; status: 'open' | 'closed' | 'all'; initials: boolean; outPath: string }
  | { kind: 'audit'; filters: AuditFilters; outPath: string };

type ExportOptions = Readonly<
  Partial<Record<'out' | 'month' | 'allow-partial' | 'status' | 'initials' | 'from' | 'to', string>>
>;

const usage = (message: string) => new UsageError(message, { command: 'export' });

/**
 * Reads `report --month YYYY-MM [--allow-partial] --out FILE.xlsx`, `cases --out FILE.xlsx [--status
 * open|closed|all] [--initials]` or `audit --out FILE.xlsx [--from YYYY-MM-DD] [--to
 * YYYY-MM-DD]`: anything missing, extra or malformed is a usage error (exit 2) before anything is
 * opened.
 */
export function readExportRequest(args: readonly string[], options: ExportOptions): ExportRequest {
  const [kind, ...extra] = args;
  if (kind === undefined) {
    throw usage('出力するもの（report、cases または audit）を指定してください。');
  }
  if (kind !== 'report' && kind !== 'cases' && kind !== 'audit') {
    throw usage(`不明な出力です: ${kind}（report、cases または audit を指定してください）`);
  }
  if (extra.length > 0) throw usage(`余分な引数があります: ${extra.join(' ')}`);
  const outPath = readOutPath(options.out);
  if (kind !== 'audit' && (options.from !== undefined || options.to !== undefined)) {
    throw usage('--from と --to は監査ログ（audit）にだけ指定できます。');
  }
  if (kind === 'audit') return readAuditRequest(options, outPath);
  if (kind === 'report') {
    if (options.status !== undefined || options.initials !== undefined) {
      throw usage('--status と --initials はケース一覧（cases）にだけ指定できます。');
    }
    if (options.month === undefined) {
      throw usage('対象の月を --month で指定してください（例: --month 2025-10）。');
    }
    const month = parseInput(reportMonthSchema, options.month.normalize('NFKC').trim(), 'export');
    return { kind, month, allowPartial: options['allow-partial'] === 'true', outPath };
  }
  if (options.month !== undefined || options['allow-partial'] !== undefined) {
    throw usage('--month と --allow-partial は月次実績報告（report）にだけ指定できます。');
  }
  const status = parseInput(
    z.enum(['open', 'closed', 'all'], {
      error:
        '--status には open（対応中）、closed（終結）、all（すべて）のどれかを指定してください',
    }),
    options.status ?? 'open',
    'export',
  );
  return { kind, status, initials: options.initials === 'true', outPath };
}

/** `audit [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: a period in Japan, both ends included. */
function readAuditRequest(options: ExportOptions, outPath: string): ExportRequest {
  if (
    options.month !== undefined ||
    options['allow-partial'] !== undefined ||
    options.status !== undefined ||
    options.initials !== undefined
  ) {
    throw usage('監査ログ（audit）に指定できるのは --from と --to だけです。');
  }
  const filters: AuditFilters = {};
  const date = (value: string, label: string) =>
    parseInput(isoDateSchema(label), value.normalize('NFKC').trim(), 'export');
  if (options.from !== undefined) filters.from = date(options.from, '--from の日付（YYYY-MM-DD）');
  if (options.to !== undefined) filters.to = date(options.to, '--to の日付（YYYY-MM-DD）');
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw usage(`--from（${filters.from}）が --to（${filters.to}）より後になっています。`);
  }
  return { kind: 'audit', filters, outPath };
}

function readOutPath(out: string | undefined): string {
  if (out === undefined || out === '') {
    throw usage('保存先の Excel ファイルを --out で指定してください（例: --out 実績報告.xlsx）。');
  }
  if (path.extname(out).toLowerCase() !== '.xlsx') {
    throw usage(`保存先は .xlsx のファイル名にしてください: ${out}`);
  }
  return path.resolve(out);
}

/** Refuses a destination whose folder does not exist, or that is a folder, before logging in. */
export function requireXlsxDestination(outPath: string): void {
  const dir = path.dirname(outPath);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('NOT_FOUND', `Excel ファイルの保存先のフォルダがありません: ${dir}`);
  }
  if (fs.existsSync(outPath) && fs.statSync(outPath).isDirectory()) {
    throw new AppError(
      'CONFLICT',
      `保存先がフォルダです。ファイル名を指定してください: ${outPath}`,
    );
  }
}
