import { afterEach, describe, expect, it } from 'vitest';
import { dataPaths } from '../../../electron/services/app/dataPaths';
import {
  addWorkerAccount,
  adminEnv,
  adminPassword,
  auditActions,
  initializedDataDir,
  openAsAdmin,
  runCliForTest,
  sha256,
} from '../cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const demo = (dir: string, extra: string[] = [], env: NodeJS.ProcessEnv = adminEnv) =>
  runCliForTest(['demo', '--data', dir, ...extra], { env });

function countRows(dir: string, table: string): number {
  const opened = openAsAdmin(dir);
  try {
    return opened.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    opened.close();
  }
}

describe('cli demo', () => {
  it('fills an initialised folder, prints the Japanese summary, audits it, and verify still passes', async () => {
    const dir = await initializedDataDir(cleanups);
    const run = await demo(dir, ['--households', '12', '--seed', '7']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('デモデータを作成しました（架空の町「みどり町」、シード 7');
    expect(run.stdout).toMatch(/世帯: +12 世帯/);
    expect(run.stdout).toMatch(/ケース: +30 件（うち終結 \d+ 件、閲覧制限 \d+ 件）/);
    expect(run.stdout).toMatch(/経過記録: +300 件/);
    expect(run.stdout).toMatch(/関係機関: +24 機関/);
    expect(run.stdout).toMatch(/人物: +\d+ 人/);
    expect(run.stdout).toMatch(/同意: +\d+ 件/);
    const meetings =
      /会議: +支援会議 (\d+) 回・重層的支援会議 (\d+) 回（議題 (\d+) 件、決定事項 \d+ 件、うちプラン承認 \d+ 件）/u.exec(
        run.stdout,
      );
    expect(meetings).not.toBeNull();
    expect(Number(meetings?.[1]) + Number(meetings?.[2])).toBe(countRows(dir, 'meeting'));
    expect(Number(meetings?.[3])).toBe(countRows(dir, 'meeting_case'));
    expect(countRows(dir, 'household')).toBe(12);
    expect(countRows(dir, 'progress_note')).toBe(300);

    const actions = auditActions(dir);
    expect(actions.slice(-3).map((r) => r.action)).toEqual([
      'auth.login',
      'demo.generate',
      'auth.logout',
    ]);
    expect(JSON.parse(actions.at(-2)!.detail)).toMatchObject({
      seed: 7,
      households: 12,
      cases: 30,
      shienMeetings: expect.any(Number) as number,
      jusouMeetings: expect.any(Number) as number,
    });
    expect((await runCliForTest(['verify', '--data', dir], { env: adminEnv })).code).toBe(0);
  });

  it('defaults to 60 households with seed 1', async () => {
    const dir = await initializedDataDir(cleanups);
    const run = await demo(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('シード 1');
    expect(countRows(dir, 'household')).toBe(60);
  });

  it.each([
    { args: ['--households', '0'], message: '世帯数（--households）は 1 以上 100000 以下の整数' },
    {
      args: ['--households', '100001'],
      message: '世帯数（--households）は 1 以上 100000 以下の整数',
    },
    { args: ['--households', '2.5'], message: '世帯数（--households）は 1 以上 100000 以下の整数' },
    { args: ['--households', 'たくさん'], message: '世帯数（--households）は' },
    { args: ['--seed=-1'], message: 'シード（--seed）は 0 以上 4294967295 以下の整数' },
    { args: ['--seed', '4294967296'], message: 'シード（--seed）は 0 以上 4294967295 以下の整数' },
  ])(
    'refuses $args with exit 2 (usage) and a Japanese message, touching nothing',
    async ({ args, message }) => {
      const dir = await initializedDataDir(cleanups);
      const paths = dataPaths(dir);
      const before = [sha256(paths.database), sha256(paths.keySlots)];
      const run = await demo(dir, args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/\bat .+:\d+/);
      expect(run.stdout).toBe('');
      expect([sha256(paths.database), sha256(paths.keySlots)]).toEqual(before);
    },
  );

  it('is for 管理者 only: a 相談員 logs in (audited) but is refused, exit 1, nothing generated', async () => {
    const dir = await initializedDataDir(cleanups);
    addWorkerAccount(dir, 'soudan');
    const run = await demo(dir, [], { KASANE_USER: 'soudan', KASANE_PASSWORD: adminPassword });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('管理者のアカウントで');
    expect(countRows(dir, 'household')).toBe(0);
    expect(auditActions(dir).map((r) => r.action)).not.toContain('demo.generate');
  });

  it('is listed in the usage with its options', async () => {
    const run = await runCliForTest(['help', 'demo']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '使い方: npm run -s cli -- demo [--data フォルダ] [--households 世帯数] [--seed シード]',
    );
    expect((await runCliForTest(['help'])).stdout).toMatch(
      /^ {2}demo +架空の町（みどり町）のデモデータ/m,
    );
  });
});
