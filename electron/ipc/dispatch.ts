import { contract, type CallName } from '../contract/contract';
import type { Envelope } from '../contract/envelope';
import { databaseFault } from '../../db/databaseFault';
import { AppError } from '../contract/errors';
import { storageFailure } from '../services/app/fileErrors';
import type { SessionManager } from '../services/auth/sessionManager';
import type { Clock } from '../services/clock';
import type { ConnectionSetup } from '../services/app/connectionSetup';
import type { BackupDialogs } from '../services/backup/backupDialogs';
import type { FileSaver } from '../services/excel/workbook/fileSaver';
import type { PdfSaver } from '../services/print/pdfSaver';
import type { AuthedContext, Handlers, PublicContext } from './handlerTypes';

export type DispatcherOptions<S> = {
  /** Whether a call really comes from our own window (Electron) or carries the run's token (web). */
  isTrustedSender: (sender: S) => boolean;
  /**
   * The session a call acts for: a single PC's one seat, or on the server the seat of the
   * request's own login (its cookie). Resolved per call, after the sender check.
   */
  sessionOf: (sender: S) => SessionManager;
  clock: Clock;
  handlers: Handlers;
  /** The desktop shell's PDF saving; the web harness has none. */
  pdfSaver?: PdfSaver | null;
  /** The desktop shell's save dialog for exported files; the web harness has none. */
  fileSaver?: FileSaver | null;
  /** The desktop's folder and file dialogs for backups; the web harness has none. */
  backupDialogs?: BackupDialogs | null;
  /** The desktop's first-run choice (this PC or the office server); others have none. */
  connectionSetup?: ConnectionSetup | null;
  /** The office server's certificate fingerprint for 管理 (the server only). */
  serverInfo?: { fingerprint: string | null } | null;
  /** Where unexpected errors are reported (they reach the UI only as a generic message). */
  logError?: (error: unknown, name: string) => void;
};

export type Dispatch<S> = (sender: S, name: unknown, input: unknown) => Promise<Envelope<unknown>>;

/**
 * The one path every call takes, whatever the transport:
 * sender check → known name → zod parse of the input → session and role → handler → envelope.
 */
export function createDispatcher<S>(options: DispatcherOptions<S>): Dispatch<S> {
  return async (sender, name, input) => {
    try {
      if (!options.isTrustedSender(sender)) {
        throw new AppError('BAD_SENDER', '許可されていない呼び出し元です。');
      }
      if (typeof name !== 'string' || !Object.hasOwn(contract, name)) {
        throw new AppError('UNKNOWN_CALL', '不明な操作です。');
      }
      const callName = name as CallName;
      const spec = contract[callName];
      const parsed = spec.input.safeParse(input);
      if (!parsed.success) {
        throw new AppError(
          'VALIDATION',
          '入力内容に誤りがあります。',
          parsed.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.'),
            message: issue.message,
          })),
        );
      }
      const session = options.sessionOf(sender);
      const publicContext: PublicContext = {
        session,
        clock: options.clock,
        pdfSaver: options.pdfSaver ?? null,
        fileSaver: options.fileSaver ?? null,
        backupDialogs: options.backupDialogs ?? null,
        connectionSetup: options.connectionSetup ?? null,
        serverInfo: options.serverInfo ?? null,
      };
      const context: PublicContext | AuthedContext =
        spec.access === 'public'
          ? publicContext
          : { ...publicContext, ...session.requireUnlocked(spec.access) };
      // The contract, the parsed input and the context correspond by construction; the
      // compiler cannot follow a union of 9+ handlers through one variable, hence this cast.
      const handler = options.handlers[callName] as (
        ctx: typeof context,
        input: unknown,
      ) => unknown;
      const value = await handler(context, parsed.data);
      return { ok: true, value };
    } catch (thrown) {
      const fault = databaseFault(thrown);
      // A damaged file is told to the user plainly, and still logged for whoever investigates.
      if (fault) options.logError?.(thrown, typeof name === 'string' ? name : '?');
      const error = fault ?? thrown;
      if (error instanceof AppError) {
        return error.issues
          ? { ok: false, code: error.code, message: error.message, issues: error.issues }
          : { ok: false, code: error.code, message: error.message };
      }
      options.logError?.(error, typeof name === 'string' ? name : '?');
      const storage = storageFailure(error);
      if (storage) return { ok: false, code: storage.code, message: storage.message };
      return {
        ok: false,
        code: 'INTERNAL',
        message:
          '予期しないエラーが発生しました。入力内容は保存されていない可能性があります。もう一度お試しください。',
      };
    }
  };
}
