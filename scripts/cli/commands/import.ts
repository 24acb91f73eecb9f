import fs from 'node:fs';
import path from 'node:path';
import { listStaffRows } from '../../../db/repositories/staffListRepository';
import { writers } from '../../../electron/contract/roles';
import { loginInput } from '../../../electron/contract/schemas/session';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { writeErrorsWorkbook } from '../../../electron/services/excel/import/errorsWorkbook';
import { importWorkbook } from '../../../electron/services/excel/import/importWorkbook';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { formatImportSummary } from '../importSummary';
import { mappingFileExample, readMappingFile } from '../importMappingFile';
import {
  readImportFile,
  readImportRequest,
  requireErrorsDestination,
  requireMappingFile,
} from '../importRequest';
import { parseInput } from '../parseInput';

/** Writes the refused rows' workbook to a file as it is built (a file of 200,000 bad rows too). */
async function saveErrorRows(
  errorsPath: string,
  parts: Parameters<typeof writeErrorsWorkbook>[1],
): Promise<void> {
  const out = fs.createWriteStream(errorsPath);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  await writeErrorsWorkbook(out, parts);
  await closed;
}

/**
 * `import`: logs in as a 管理者 or 相談員, reads an old ledger and imports it in one transaction
 * (all-or-nothing unless --skip-invalid), or with --dry-run only says what it would do. Audited
 * either way. Exit 1 when a row has an error and --skip-invalid was not given.
 */
export const importCommand = defineCommand({
  summary: '以前の Excel の一覧を取り込みます（相談受付簿、関係機関一覧、社会資源一覧）',
  synopsis:
    '<consultations|agencies|resources> ファイル(.xlsx|.csv|.tsv|.txt) [--dry-run] [--skip-invalid] [--errors ファイル.xlsx] [--mapping 読み替え.json]',
  details: [
    'consultations: 相談受付簿（1行が1件の相談）。agencies: 関係機関一覧。resources: 社会資源一覧。',
    '読めるファイル: Excel ブック（.xlsx）、CSV（.csv）、タブ区切り（.tsv・.txt）。CSV の文字コード（Shift_JIS・UTF-8・UTF-16）は自動で判別します。10 MB まで。',
    '見出しの行は自動で探します（上の表題・注記・空行は読み飛ばします）。空の行と「合計」「計」の行は飛ばします。',
    'エラーのある行が1行でもあると何も取り込みません（終了コード 1）。--skip-invalid でエラーのない行だけを取り込みます。',
    '同じファイルをもう一度取り込んでも、取り込み済みの行は増えません。取り込みは監査ログに記録されます。',
    '担当者は表示名か、同じ姓の職員が1人だけなら姓で見つけます。一覧にない担当者・相談経路・相談分野・課題の言葉は --mapping のファイルでファイル全体を読み替えられます（取り込むと次回のために覚えます）。',
    `読み替えのファイルの例: ${mappingFileExample}`,
  ],
  options: {
    'dry-run': {
      valueLabel: '',
      description: '取り込まずに、読み取った結果とエラーだけを表示します',
      flag: true,
    },
    'skip-invalid': {
      valueLabel: '',
      description: 'エラーのある行を飛ばして、ほかの行を取り込みます',
      flag: true,
    },
    errors: {
      valueLabel: 'ファイル.xlsx',
      description: '取り込めない行を、元の内容と理由の列つきで保存します',
    },
    mapping: {
      valueLabel: '読み替え.json',
      description: 'ファイルの言葉を職員・相談経路・相談分野・課題の言葉に読み替えます（JSON）',
    },
  },
  takesArguments: true,
  run: async ({ io, clock, dataDir, terminal, args }, options) => {
    const request = readImportRequest(args, options);
    const credentials = planCredentials(io.env, terminal, {
      command: 'import',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    const bytes = readImportFile(request.filePath);
    requireErrorsDestination(request.errorsPath);
    requireMappingFile(request.mappingPath);
    const { login, password } = parseInput(loginInput, await credentials(), 'import');

    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      session.login(login, password);
      const { db, actor } = session.requireUnlocked(writers);
      const file = { fileName: path.basename(request.filePath), bytes };
      const mappings = request.mappingPath === null ? [] : readMappingFile(request.mappingPath, db);
      const run = await importWorkbook(db, actor, clock, request.kind, file, {
        mode: request.dryRun ? 'preview' : 'import',
        skipInvalid: request.skipInvalid,
        mappings,
      });
      const names = new Map(listStaffRows(db).map((row) => [row.id, row.displayName]));
      io.stdout.write(
        formatImportSummary(run.report, request, (id) => names.get(id) ?? `職員 ${id}`),
      );
      if (request.errorsPath !== null && run.report.counts.invalid > 0) {
        await saveErrorRows(request.errorsPath, {
          db,
          actor,
          clock,
          kind: request.kind,
          file,
          mappings,
        });
        io.stdout.write(`取り込めない行を保存しました: ${request.errorsPath}\n`);
      }
      return run.report.counts.invalid > 0 && !request.skipInvalid
        ? exitCodes.failure
        : exitCodes.ok;
    } finally {
      session.shutdown();
    }
  },
});
