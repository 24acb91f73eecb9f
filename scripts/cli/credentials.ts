import type { Terminal } from './terminal';
import { UsageError } from './usageError';

/** A login name and password as given; the command validates them with its contract schema. */
export type Credentials = { login: string; password: string };

export const userEnv = 'KASANE_USER';
export const passwordEnv = 'KASANE_PASSWORD';

/**
 * Decides up front where the credentials will come from, so a missing one is a usage error
 * (exit 2) before anything is opened: KASANE_USER and KASANE_PASSWORD first, then prompts on a
 * terminal (the password hidden; asked twice when it is being set). Returns the function that
 * gets them, to call once the data folder has been checked.
 */
export function planCredentials(
  env: NodeJS.ProcessEnv,
  terminal: Terminal,
  options: { command: string; confirmPassword: boolean },
): () => Promise<Credentials> {
  const login = nonEmpty(env[userEnv]);
  const password = nonEmpty(env[passwordEnv]);
  if (login !== undefined && password !== undefined) {
    return () => Promise.resolve({ login, password });
  }
  if (!terminal.interactive) {
    const missing = [
      login === undefined ? userEnv : null,
      password === undefined ? passwordEnv : null,
    ]
      .filter((name) => name !== null)
      .join(' と ');
    throw new UsageError(
      `ログイン名とパスワードが必要です。環境変数 ${missing} を設定するか、端末から実行してください。`,
      { command: options.command },
    );
  }
  return async () => {
    const typedLogin = login ?? (await terminal.ask('ログイン名: '));
    if (password !== undefined) return { login: typedLogin, password };
    const typedPassword = await terminal.askHidden('パスワード: ');
    if (options.confirmPassword) {
      const again = await terminal.askHidden('パスワード（確認のためもう一度）: ');
      if (again !== typedPassword) {
        throw new UsageError('パスワードが一致しません。もう一度実行してください。', {
          showUsage: false,
        });
      }
    }
    return { login: typedLogin, password: typedPassword };
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
