import { recoverInput } from '../../../electron/contract/schemas/staff';
import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { exitCodes } from '../cliIo';
import { defineCommand } from '../command';
import { passwordEnv, planCredentials, userEnv } from '../credentials';
import { requireInitializedFolder } from '../dataFolderChecks';
import { parseInput } from '../parseInput';
import { planRecoveryKey, recoveryKeyEnv } from '../recoveryKeyInput';

/**
 * `recover`: with the recovery key printed at setup, sets a new password for an account (even
 * when every password slot is gone) — audited as auth.recover — and checks it by logging in.
 */
export const recoverCommand = defineCommand({
  summary: '回復キーで、職員（管理者など）のパスワードを設定し直します',
  synopsis: '',
  details: [
    '全員がパスワードを忘れたときや、パスワードの鍵がなくなったときに使います。データはそのまま残ります。',
    `回復キーは環境変数 ${recoveryKeyEnv} から、なければ端末で尋ねます（表示されません）。`,
    `${userEnv} がパスワードを設定し直すログイン名、${passwordEnv} が新しいパスワードです（端末では2回尋ねます）。`,
  ],
  options: {},
  run: async ({ io, clock, dataDir, terminal }) => {
    const credentials = planCredentials(io.env, terminal, {
      command: 'recover',
      confirmPassword: true,
    });
    const recoveryKey = planRecoveryKey(io.env, terminal);
    requireInitializedFolder(dataDir);
    const key = await recoveryKey();
    const { login, password } = await credentials();
    const input = parseInput(
      recoverInput,
      { recoveryKey: key, login, newPassword: password },
      'recover',
    );
    const session = new SessionManager({ dataDir, clock, channel: 'cli' });
    try {
      const user = session.recover(input.recoveryKey, input.login, input.newPassword);
      io.stdout.write(
        `回復キーで「${user.displayName}」（ログイン名 ${user.login}）のパスワードを設定し直しました。\n` +
          '新しいパスワードでログインできます。この操作は監査ログに記録されました。\n',
      );
    } finally {
      session.shutdown();
    }
    return exitCodes.ok;
  },
});
