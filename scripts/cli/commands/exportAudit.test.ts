import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { appendAudit } from '../../../electron/services/audit/appendAudit';
import {
  findLibreOffice,
  libreOfficeMissing,
  sheetsAsCsv,
} from '../../../electron/services/excel/workbook/libreOffice.testing';
import {
  addWorkerAccount,
  adminEnv,
  adminPassword,
  auditActions,
  expectUsageRefusal,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
let dir: string;
let out: string;
const libreOffice = findLibreOffice();

const exportCli = (args: string[], env: NodeJS.ProcessEnv = adminEnv) =>
  runCliForTest(['export', '--data', dir, ...args], { env });

beforeAll(async () => {
  dir = await initializedDataDir(cleanups);
  out = path.dirname(dir);
  addWorkerAccount(dir, 'soudan');
  // Two rows on days long past, 23:30 and 00:30 in Japan (UTC the day before for the second).
  const opened = openAsAdmin(dir);
  try {
    withTransaction(opened.db, (tx) => {
      const actor = { staffId: 1, login: 'kanri', displayName: '管理 太郎' };
      appendAudit(tx, {
        at: new Date('2025-04-01T14:30:00Z'),
        actor,
        action: 'codeList.save',
        target: { type: 'codeList', id: 'issueTag' },
        detail: { added: ['ゴミ屋敷'], retired: [], count: 18 },
      });
      appendAudit(tx, {
        at: new Date('2025-04-01T15:30:00Z'),
        actor,
        action: 'settings.update',
        detail: { keys: ['idleLockMinutes'] },
      });
    });
  } finally {
    opened.close();
  }
});
afterAll(() => {
  while (cleanups.length) cleanups.pop()?.();
});

async function rowsOf(file: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.getWorksheet('監査ログ');
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push([1, 2, 3, 4, 5, 6].map((c) => row.getCell(c).text)));
  return rows;
}

describe('cli export audit', () => {
  it('writes the log of a period in Japan as the 監査ログ screen shows it, audited', async () => {
    const file = path.join(out, '監査ログ.xlsx');
    const run = await exportCli([
      'audit',
      '--from',
      '2025-04-01',
      '--to',
      '2025-04-01',
      '--out',
      file,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`監査ログ（1行）を保存しました: ${file}\n`);
    const rows = await rowsOf(file);
    expect(rows[0]).toEqual(['行ID', '日時', '職員', '操作', '対象', '内容']);
    // 23:30 in Japan on 4月1日 is in; 00:30 on 4月2日 (still 4月1日 in UTC) is not.
    expect(rows).toHaveLength(2);
    expect(rows[1]?.slice(2)).toEqual([
      '管理 太郎',
      '選択肢の変更',
      '選択肢 課題',
      '追加した選択肢：ゴミ屋敷、選択肢の数：18件',
    ]);
    const audit = auditActions(dir).slice(-3);
    expect(audit.map((r) => r.action)).toEqual(['auth.login', 'audit.export', 'auth.logout']);
    expect(JSON.parse(audit[1]!.detail)).toEqual({
      format: 'xlsx',
      filters: { from: '2025-04-01', to: '2025-04-01' },
      rows: 1,
      delivery: 'file',
    });

    if (!libreOffice) {
      console.warn(libreOfficeMissing);
      return;
    }
    const sheet = sheetsAsCsv(libreOffice, file).get('監査ログ') ?? [];
    expect(sheet[1]?.slice(1, 4)).toEqual(['令和7年4月1日 23:30:00', '管理 太郎', '選択肢の変更']);
  }, 120_000);

  it('writes the whole log without a period, newest first', async () => {
    const file = path.join(out, 'all.xlsx');
    const run = await exportCli(['audit', '--out', file]);
    expect(run.code).toBe(0);
    const rows = await rowsOf(file);
    const ids = rows.slice(1).map((r) => Number(r[0]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(rows.map((r) => r[3])).toContain('設定の変更');
    expect(rows.find((r) => r[3] === '設定の変更')?.[5]).toBe('変更した設定：自動ロックまでの時間');
  });

  it('is for 管理者 only: a 相談員 is refused, exit 1, and nothing is exported', async () => {
    const file = path.join(out, 'worker.xlsx');
    const run = await exportCli(['audit', '--out', file], {
      KASANE_USER: 'soudan',
      KASANE_PASSWORD: adminPassword,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('監査ログの出力は管理者のアカウントで行ってください。');
    const actions = auditActions(dir).map((r) => r.action);
    expect(actions.slice(-2)).toEqual(['auth.login', 'auth.logout']);
    expect(actions.filter((a) => a === 'audit.export')).toHaveLength(2);
  });

  it.each([
    { args: ['audit', '--out', 'x.xlsx', '--from', '2025-4-1'], message: '--from の日付' },
    { args: ['audit', '--out', 'x.xlsx', '--to', '2025-02-30'], message: '存在しない日付' },
    {
      args: ['audit', '--out', 'x.xlsx', '--from', '2025-05-01', '--to', '2025-04-01'],
      message: '--from（2025-05-01）が --to（2025-04-01）より後になっています。',
    },
    {
      args: ['audit', '--out', 'x.xlsx', '--month', '2025-04'],
      message: '監査ログ（audit）に指定できるのは --from と --to だけです。',
    },
    {
      args: ['cases', '--out', 'x.xlsx', '--from', '2025-04-01'],
      message: '--from と --to は監査ログ（audit）にだけ指定できます。',
    },
    { args: ['audit'], message: '保存先の Excel ファイルを --out で' },
  ])('refuses $args with exit 2 and a Japanese message', async ({ args, message }) => {
    await expectUsageRefusal(dir, () => exportCli(args), message);
  });
});
