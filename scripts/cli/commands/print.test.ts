import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warekiDate } from '../../../electron/services/print/wareki';
import { pdfInfo, pdfPageCount, pdfText } from '../../print/pdfTools.testing';
import {
  adminEnv,
  auditActions,
  expectUsageRefusal,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
let dir: string;
let out: string;
/** A demo case with notes, its 本人 and the dates of its first and last notes. */
let sample: { caseNumber: string; name: string; first: string; last: string; notes: number };
/** A demo case with a 確定 plan: its number, 本人, the plan's version, 作成日 and 支援内容. */
let planSample: { caseNumber: string; name: string; version: number; createdOn: string };
let planRows: string[];
/** A demo case whose version 1 was evaluated (見直し) and revised to version 2. */
let revisedCase: string | undefined;

// CI may point at its own Chromium; nothing else leaks in from the real environment.
const env = {
  ...adminEnv,
  ...(process.env.CHROME_PATH === undefined ? {} : { CHROME_PATH: process.env.CHROME_PATH }),
};
/** Whitespace-free text: pdftotext renders the 全角 space in a name as it likes. */
const squash = (text: string) => text.replace(/\s+/g, '');
const print = (args: string[], extraEnv: NodeJS.ProcessEnv = {}) =>
  runCliForTest(['print', '--data', dir, ...args], { env: { ...env, ...extraEnv } });

beforeAll(async () => {
  dir = await initializedDataDir(cleanups);
  out = path.dirname(dir);
  const demo = await runCliForTest(['demo', '--data', dir, '--households', '6'], { env: adminEnv });
  if (demo.code !== 0) throw new Error(demo.stderr);
  const opened = openAsAdmin(dir);
  try {
    sample = opened.sqlite
      .prepare(
        `SELECT c.case_number AS caseNumber, p.name AS name, count(n.id) AS notes,
                min(substr(n.occurred_at, 1, 10)) AS first, max(substr(n.occurred_at, 1, 10)) AS last
           FROM support_case c JOIN person p ON p.id = c.person_id
           JOIN progress_note n ON n.case_id = c.id
          WHERE c.restricted = 0 GROUP BY c.id HAVING count(n.id) >= 3
          ORDER BY count(n.id) DESC LIMIT 1`,
      )
      .get() as typeof sample;
    planSample = opened.sqlite
      .prepare(
        `SELECT c.case_number AS caseNumber, p.name AS name, sp.version AS version,
                sp.created_on AS createdOn, sp.id AS planId
           FROM support_plan sp JOIN support_case c ON c.id = sp.case_id
           JOIN person p ON p.id = c.person_id
          WHERE c.restricted = 0 AND sp.status = 'confirmed'
          ORDER BY sp.version DESC, c.case_number LIMIT 1`,
      )
      .get() as typeof planSample;
    planRows = opened.sqlite
      .prepare(
        `SELECT r.content FROM plan_support_row r JOIN support_plan sp ON sp.id = r.plan_id
           JOIN support_case c ON c.id = sp.case_id
          WHERE c.case_number = ? AND sp.version = ? ORDER BY r.sort`,
      )
      .pluck()
      .all(planSample.caseNumber, planSample.version) as string[];
    revisedCase = opened.sqlite
      .prepare(
        `SELECT c.case_number FROM plan_evaluation e JOIN support_plan sp ON sp.id = e.plan_id
           JOIN support_case c ON c.id = sp.case_id WHERE c.restricted = 0 LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
  } finally {
    opened.close();
  }
});
afterAll(() => {
  while (cleanups.length) cleanups.pop()?.();
});

// Each case starts the CLI, which prints through Chromium; see printMeeting.test.ts on the limit.
describe('cli print', { timeout: 120_000 }, () => {
  it('writes the 相談受付・申込票 of a demo case as an A4 PDF and audits it', async () => {
    const file = path.join(out, 'intake.pdf');
    const run = await print(['intake', sample.caseNumber, '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`相談受付・申込票（${sample.caseNumber}）を保存しました: ${file}\n`);
    expect(pdfInfo(file)['Page size']).toContain('(A4)');
    const text = pdfText(file);
    expect(squash(text)).toContain(squash(sample.name));
    expect(squash(text)).toContain('相談受付・申込票');
    expect(text).toContain(sample.caseNumber);
    expect(text).toMatch(/作成日 令和\d+年\d+月\d+日/);
    expect(text).toMatch(/1 \/ 2/);
    for (const field of ['電話（自宅）', '電話（携帯）', '来談者の電話', '相談内容', '利用申込']) {
      expect(squash(text)).toContain(squash(field));
    }
    expect(text).toMatch(/本人同意(あり|なし)/);

    const rows = auditActions(dir);
    expect(rows.slice(-3).map((r) => r.action)).toEqual([
      'auth.login',
      'print.intake',
      'auth.logout',
    ]);
    expect(JSON.parse(rows.at(-2)!.detail)).toEqual({
      format: 'pdf',
      variant: expect.stringMatching(/^(consent|noConsent)$/) as unknown,
    });
  });

  it('writes the 経過記録 for a range, lower-case number accepted, and audits the range', async () => {
    const file = path.join(out, 'notes.pdf');
    const run = await print([
      'notes',
      sample.caseNumber.toLowerCase(),
      '--from',
      sample.first,
      '--to',
      sample.last,
      '--out',
      file,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const pages = pdfPageCount(file);
    const text = pdfText(file);
    expect(squash(text)).toContain(squash(sample.name));
    expect(text).toContain(`1 / ${pages}`);
    expect(text).toContain(`${sample.notes}件`);
    const detail = JSON.parse(auditActions(dir).at(-2)!.detail) as unknown;
    expect(detail).toEqual({
      format: 'pdf',
      from: sample.first,
      to: sample.last,
      notes: sample.notes,
    });
  });

  it('writes the 支援プラン of a demo case as an A4 PDF with every 支援内容 row, and audits it', async () => {
    const file = path.join(out, 'plan.pdf');
    const run = await print(['plan', planSample.caseNumber, '--out', file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `支援プラン（${planSample.caseNumber} 第${planSample.version}版）を保存しました: ${file}\n`,
    );
    expect(pdfInfo(file)['Page size']).toContain('(A4)');
    expect(pdfPageCount(file)).toBeLessThanOrEqual(2);
    const text = squash(pdfText(file));
    expect(text).toContain(squash(planSample.name));
    expect(text).toContain('支援プラン');
    expect(text).toContain(squash(`作成日 ${warekiDate(planSample.createdOn)}`));
    expect(planRows.length).toBeGreaterThanOrEqual(3);
    // In drawing order, so a 支援内容 wrapped inside its cell still reads as one run.
    const raw = squash(pdfText(file, undefined, { raw: true }));
    for (const row of planRows) expect(raw).toContain(squash(row));

    const rows = auditActions(dir);
    expect(rows.slice(-3).map((r) => r.action)).toEqual([
      'auth.login',
      'print.plan',
      'auth.logout',
    ]);
    expect(JSON.parse(rows.at(-2)!.detail)).toMatchObject({
      format: 'pdf',
      version: planSample.version,
    });
  });

  it('writes the 評価シート of a revised demo plan and version 1 of its plan, and audits both', async () => {
    expect(revisedCase, 'a demo case with an evaluation').toBeDefined();
    const sheet = path.join(out, 'evaluation.pdf');
    const run = await print(['evaluation', revisedCase!, '--out', sheet]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = squash(pdfText(sheet));
    expect(text).toContain('評価シート');
    expect(text).toContain('●見直し');
    expect(auditActions(dir).at(-2)?.action).toBe('print.evaluation');
    expect(JSON.parse(auditActions(dir).at(-2)!.detail)).toMatchObject({
      format: 'pdf',
      version: 1,
    });

    const old = path.join(out, 'plan-v1.pdf');
    const v1 = await print(['plan', revisedCase!, '--version', '1', '--out', old]);
    expect(v1.code).toBe(0);
    expect(squash(pdfText(old))).toContain('第1版（初回）');
    expect(JSON.parse(auditActions(dir).at(-2)!.detail)).toMatchObject({
      format: 'pdf',
      version: 1,
    });
  });

  it('refuses a plan version that does not exist with exit 1', async () => {
    const file = path.join(out, 'none-plan.pdf');
    const run = await print(['plan', planSample.caseNumber, '--version', '99', '--out', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('支援プランが見つかりません。\n');
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses an unknown case with exit 1 and writes nothing', async () => {
    const file = path.join(out, 'none.pdf');
    const run = await print(['intake', 'R99-9999', '--out', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('ケースが見つかりません。\n');
    expect(fs.existsSync(file)).toBe(false);
    expect(auditActions(dir).at(-2)?.action).toBe('auth.login');
  });

  it('says in Japanese when there is no Chromium, exit 1, before logging in', async () => {
    const before = auditActions(dir).length;
    const run = await print(['intake', sample.caseNumber, '--out', path.join(out, 'x.pdf')], {
      CHROME_PATH: path.join(out, 'no-such-chromium'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CHROME_PATH に指定された Chromium が見つかりません');
    expect(auditActions(dir)).toHaveLength(before);
  });

  it('refuses a destination folder that does not exist, exit 1', async () => {
    const run = await print(['intake', sample.caseNumber, '--out', path.join(out, 'no/dir/x.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PDF の保存先のフォルダがありません');
  });

  it.each([
    {
      args: [],
      message:
        '帳票の種類（intake、notes、plan、evaluation、handout または minutes）を指定してください。',
    },
    { args: ['bogus', 'R8-0001', '--out', 'x.pdf'], message: '不明な帳票です: bogus' },
    {
      args: ['plan', 'R8-0001', '--out', 'x.pdf', '--version', '0'],
      message: '--version には 1 以上の整数を指定してください: 0',
    },
    {
      args: ['intake', 'R8-0001', '--out', 'x.pdf', '--version', '2'],
      message: '--version は支援プラン（plan）と評価シート（evaluation）にだけ指定できます。',
    },
    {
      args: ['plan', 'R8-0001', '--out', 'x.pdf', '--from', '2026-04-01'],
      message: '--from と --to は経過記録（notes）にだけ指定できます。',
    },
    { args: ['intake', '--out', 'x.pdf'], message: 'ケース番号を指定してください' },
    { args: ['intake', 'R8-0001'], message: '保存先の PDF ファイルを --out で指定してください。' },
    {
      args: ['intake', 'R8-0001', 'R8-0002', '--out', 'x.pdf'],
      message: '余分な引数があります: R8-0002',
    },
    {
      args: ['intake', 'R8-0001', '--out', 'x.pdf', '--from', '2026-04-01'],
      message: '--from と --to は経過記録（notes）にだけ指定できます。',
    },
    {
      args: ['notes', 'R8-0001', '--out', 'x.pdf', '--from', '2026-02-30'],
      message: '期間（開始）は存在しない日付です',
    },
    {
      args: ['notes', 'R8-0001', '--out', 'x.pdf', '--from', '2026-05-01', '--to', '2026-04-01'],
      message: '期間の終了は開始と同じ日かそれより後にしてください',
    },
    { args: ['intake', 'R8-0001', '--bogus', 'x'], message: '不明なオプションです: --bogus' },
  ])('refuses $args with exit 2 and a Japanese message', async ({ args, message }) => {
    await expectUsageRefusal(dir, () => print(args), message);
  });

  it('is listed in the usage', async () => {
    const run = await runCliForTest(['help', 'print']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '使い方: npm run -s cli -- print [--data フォルダ] <intake|notes|plan|evaluation> ケース番号 --out ファイル.pdf [--from 日付] [--to 日付] [--version 回数]',
    );
    expect((await runCliForTest(['help'])).stdout).toMatch(/^ {2}print +帳票を PDF に出力します/m);
  });

  it('still refuses words after commands that take none', async () => {
    const run = await runCliForTest(['verify', '--data', dir, 'extra'], { env: adminEnv });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('余分な引数があります: extra');
  });
});
