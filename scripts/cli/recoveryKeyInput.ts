import type { Terminal } from './terminal';
import { UsageError } from './usageError';

export const recoveryKeyEnv = 'KASANE_RECOVERY_KEY';

/**
 * Decides up front where the recovery key comes from (KASANE_RECOVERY_KEY, else a hidden prompt
 * on a terminal), so a missing key is a usage error before anything is opened.
 */
export function planRecoveryKey(env: NodeJS.ProcessEnv, terminal: Terminal): () => Promise<string> {
  const fromEnv = env[recoveryKeyEnv];
  if (fromEnv !== undefined && fromEnv !== '') return () => Promise.resolve(fromEnv);
  if (!terminal.interactive) {
    throw new UsageError(
      `回復キーが必要です。環境変数 ${recoveryKeyEnv} を設定するか、端末から実行してください。`,
      { command: 'recover' },
    );
  }
  return () => terminal.askHidden('回復キー（印刷した用紙のとおりに）: ');
}
