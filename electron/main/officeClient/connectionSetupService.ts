import { AppError } from '../../contract/errors';
import type { ConnectionState, ServerProbe } from '../../contract/schemas/connection';
import type { ConnectionSetup } from '../../services/app/connectionSetup';
import { fingerprintLines } from './certificateFingerprint';
import { checkServer } from './checkServer';
import {
  readConnectionChoice,
  writeConnectionChoice,
  type ConnectionChoice,
} from './connectionChoice';
import { connectionFailureMessage } from './connectionMessages';
import { addressOfOrigin, parseServerAddress, type ServerAddress } from './serverAddress';

/** A saved office-server choice. */
export type ServerChoice = Extract<ConnectionChoice, { mode: 'server' }>;

export type ConnectionSetupOptions = {
  /** The desktop app's userData folder, where the choice is kept. */
  userDataDir: string;
  /** Shows the server's screens in the window, pinned to the choice's fingerprint (the shell). */
  openServer: (choice: ServerChoice, address: ServerAddress) => void;
  now?: () => Date;
  timeoutMs?: number;
};

/**
 * The first-run choice and the start of a client PC, in plain Node: the saved choice is read;
 * a server is checked (its certificate against the pinned fingerprint) before the window is
 * given to it; a failure is kept for the screen that explains it. Nothing is sent to a server
 * whose certificate changed, and nothing here can accept one: re-pinning is `--reconnect`.
 */
export function createConnectionSetup(
  options: ConnectionSetupOptions,
): ConnectionSetup & { reportRefused: (fingerprint: string) => void } {
  const now = options.now ?? (() => new Date());
  let failure: Extract<ConnectionState, { kind: 'failed' }> | null = null;

  async function open(choice: ServerChoice): Promise<ConnectionState> {
    const address = addressOfOrigin(choice.origin);
    if (!address) return { kind: 'choose', unreadableFile: null };
    const check = await checkServer(address, choice.fingerprint, options.timeoutMs);
    if (!check.ok) {
      const message = connectionFailureMessage(check.failure, {
        origin: choice.origin,
        pinned: choice.fingerprint,
      });
      failure = { kind: 'failed', origin: choice.origin, ...message };
      return failure;
    }
    failure = null;
    options.openServer(choice, address);
    return { kind: 'connecting', origin: choice.origin };
  }

  return {
    // The window's own check (the certificate verify proc) refused the server mid-session.
    reportRefused: (fingerprint) => {
      const stored = readConnectionChoice(options.userDataDir);
      if (stored.state !== 'chosen' || stored.choice.mode !== 'server') return;
      const message = connectionFailureMessage(
        { kind: 'certificateChanged', fingerprint },
        { origin: stored.choice.origin, pinned: stored.choice.fingerprint },
      );
      failure = { kind: 'failed', origin: stored.choice.origin, ...message };
    },
    state: () => {
      if (failure) return failure;
      const stored = readConnectionChoice(options.userDataDir);
      if (stored.state === 'unset') return { kind: 'choose', unreadableFile: null };
      if (stored.state === 'unreadable') return { kind: 'choose', unreadableFile: stored.file };
      if (stored.choice.mode === 'local') return { kind: 'local' };
      return { kind: 'connecting', origin: stored.choice.origin };
    },
    chooseLocal: () => {
      writeConnectionChoice(options.userDataDir, { mode: 'local' });
      failure = null;
    },
    probe: async (typed): Promise<ServerProbe> => {
      const parsed = parseServerAddress(typed);
      if (!parsed.ok) throw new AppError('VALIDATION', parsed.message);
      const check = await checkServer(parsed.address, null, options.timeoutMs);
      if (!check.ok) {
        const message = connectionFailureMessage(check.failure, {
          origin: parsed.address.origin,
          pinned: null,
        });
        throw new AppError('NOT_AVAILABLE', `${message.title}。${message.todo.join(' ')}`);
      }
      return {
        origin: parsed.address.origin,
        fingerprint: check.fingerprint,
        fingerprintLines: fingerprintLines(check.fingerprint),
      };
    },
    connect: async (origin, fingerprint) => {
      if (!addressOfOrigin(origin))
        throw new AppError('VALIDATION', 'アドレスが正しくありません。');
      const choice: ServerChoice = {
        mode: 'server',
        origin,
        fingerprint,
        pinnedAt: now().toISOString(),
      };
      // Checked again with the fingerprint staff compared: the answer between reading it and
      // connecting must come from the same certificate.
      const address = addressOfOrigin(origin);
      const check = address ? await checkServer(address, fingerprint, options.timeoutMs) : null;
      if (!check?.ok) {
        const changed = check && check.failure.kind === 'certificateChanged';
        throw new AppError(
          'NOT_AVAILABLE',
          changed
            ? 'サーバーの証明書が、確かめたものと違います。接続しませんでした。情報システム担当者に連絡してください。'
            : '事務所サーバーに接続できませんでした。もう一度お試しください。',
        );
      }
      // Saved only; the screen then asks to open it (connection.retry), as on every later start.
      writeConnectionChoice(options.userDataDir, choice);
      failure = null;
    },
    retry: async () => {
      const stored = readConnectionChoice(options.userDataDir);
      if (stored.state !== 'chosen' || stored.choice.mode !== 'server') {
        throw new AppError('NOT_AVAILABLE', '接続先の事務所サーバーが設定されていません。');
      }
      const state = await open(stored.choice);
      if (state.kind === 'failed') throw new AppError('NOT_AVAILABLE', state.title);
    },
  };
}
