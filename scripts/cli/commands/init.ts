import { setupInitInput } from '../../../electron/contract/schemas/session';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { planCredentials } from '../credentials';
import { requireFolderForInit } from '../dataFolderChecks';
import { formatInitReport } from '../initReport';
import { parseInput } from '../parseInput';
import { UsageError } from '../usageError';

/** `init`: sets up a new data folder with its first 管理者 and prints the recovery key once. */
export const initCommand = defineCommand({
  summary: 'データフォルダを初期設定し、最初の管理者と回復キーを作ります',
  synopsis: '--municipality 自治体名 [--name 表示名]',
  details: [
    'ログイン名とパスワードが最初の管理者になります（端末ではパスワードを2回尋ねます）。',
    '回復キーはこのとき一度だけ表示されます。必ず印刷して安全な場所に保管してください。',
  ],
  options: {
    municipality: {
      valueLabel: '自治体名',
      description: '自治体名（必須。端末から実行したときは省略すると尋ねます）',
    },
    name: { valueLabel: '表示名', description: '管理者の表示名（省略時はログイン名）' },
  },
  run: async ({ io, clock, dataDir, terminal }, options) => {
    if (options.municipality === undefined && !terminal.interactive) {
      throw new UsageError('--municipality で自治体名を指定してください。', { command: 'init' });
    }
    const credentials = planCredentials(io.env, terminal, {
      command: 'init',
      confirmPassword: true,
    });
    requireFolderForInit(dataDir);

    const municipalityName = options.municipality ?? (await terminal.ask('自治体名: '));
    const { login, password } = await credentials();
    const input = parseInput(
      setupInitInput,
      { login, displayName: options.name ?? login, password, municipalityName },
      'init',
    );
    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      // Printed, not confirmed on a screen: ホーム asks a 管理者 to confirm or issue a new one.
      const { user, recoveryKey } = session.initialize({ ...input, recoveryKeyShown: false });
      // Printed before anything else can fail: this is the only time the key exists in clear.
      io.stdout.write(
        formatInitReport({ dataDir, user, municipalityName: input.municipalityName, recoveryKey }),
      );
    } finally {
      session.shutdown();
    }
    return exitCodes.ok;
  },
});
