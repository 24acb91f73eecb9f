import { UsageError } from '../usageError';
import { AppError } from '../../../electron/contract/errors';
import { adminOnly } from '../../../electron/contract/roles';
import { loginInput } from '../../../electron/contract/schemas/session';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { todayInJapan } from '../../../electron/services/cases/japanDate';
import { generateDemo } from '../../demo/generateDemo';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { demoProgress, formatDemoReport } from '../demoReport';
import { parseInput } from '../parseInput';

const maxHouseholds = 100_000;
const maxSeed = 0xffff_ffff;

/**
 * `demo`: logs in as a 管理者 (audited) and fills the folder with the fictional town みどり町 —
 * households, cases in every stage, notes, agencies, consents — the same for the same seed, in
 * one transaction with one `demo.generate` audit row. Existing data is kept.
 */
export const demoCommand = defineCommand({
  summary: '架空の町（みどり町）のデモデータを作ります（管理者）',
  synopsis: '[--households 世帯数] [--seed シード]',
  details: [
    '世帯・人物・ケース（すべての段階）・経過記録・関係機関・同意を作ります。同じシードなら同じ内容です。',
    '既存のデータは消しません。ケース番号は年度ごとに既存の番号の続きから付けます。',
    '人物・住所・電話番号・機関はすべて架空です。実際の業務に使うデータフォルダでは実行しないでください。',
  ],
  options: {
    households: {
      valueLabel: '世帯数',
      description: `作る世帯の数（1〜${maxHouseholds}、省略時は 60）`,
    },
    seed: { valueLabel: 'シード', description: '乱数のシード（0 以上の整数、省略時は 1）' },
  },
  run: async ({ io, clock, dataDir, terminal }, options) => {
    const households = wholeNumber(
      options.households,
      60,
      1,
      maxHouseholds,
      '世帯数（--households）',
    );
    const seed = wholeNumber(options.seed, 1, 0, maxSeed, 'シード（--seed）');
    const credentials = planCredentials(io.env, terminal, {
      command: 'demo',
      confirmPassword: false,
    });
    requireInitializedFolder(dataDir);
    const { login, password } = parseInput(loginInput, await credentials(), 'demo');

    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      const user = session.login(login, password);
      if (user.role !== 'admin') {
        throw new AppError('FORBIDDEN', 'デモデータの作成は管理者のアカウントで行ってください。');
      }
      const { db, actor } = session.requireUnlocked(adminOnly);
      const started = performance.now();
      const summary = generateDemo(db, {
        seed,
        households,
        today: todayInJapan(clock),
        actorStaffId: actor.staffId,
        clock,
        onProgress: demoProgress(io.stderr, households),
      });
      io.stdout.write(formatDemoReport(summary, (performance.now() - started) / 1000));
      return exitCodes.ok;
    } finally {
      session.shutdown();
    }
  },
});

/** A whole number option in [min, max], or the default; anything else is refused (exit 1). */
function wholeNumber(
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  label: string,
): number {
  if (text === undefined) return fallback;
  const value = /^\d{1,10}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(value >= min && value <= max)) {
    // A value out of range is a usage error like any other: exit 2, nothing touched.
    throw new UsageError(
      `${label}は ${min} 以上 ${max} 以下の整数で指定してください（指定された値: ${text}）。`,
      { command: 'demo' },
    );
  }
  return value;
}
