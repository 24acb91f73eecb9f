import type { Db } from '../../db/database';
import type { CallName, Contract } from '../contract/contract';
import type { CallOutput, ParsedInput } from '../contract/types';
import type { Actor } from '../services/audit/actor';
import type { SessionManager } from '../services/auth/sessionManager';
import type { ConnectionSetup } from '../services/app/connectionSetup';
import type { BackupDialogs } from '../services/backup/backupDialogs';
import type { Clock } from '../services/clock';
import type { FileSaver } from '../services/excel/workbook/fileSaver';
import type { PdfSaver } from '../services/print/pdfSaver';

/** What every handler gets: the main-side session, the clock, and the desktop's OS services (null on the web). */
export type PublicContext = {
  session: SessionManager;
  clock: Clock;
  pdfSaver: PdfSaver | null;
  fileSaver: FileSaver | null;
  backupDialogs: BackupDialogs | null;
  /** The desktop app's first-run choice of this PC or the office server. */
  connectionSetup: ConnectionSetup | null;
  /** On the office server: what 管理 → サーバー情報 shows (null on one PC and in the harness). */
  serverInfo: { fingerprint: string | null } | null;
};

/** What a handler behind a role check gets: also the open database and the acting user. */
export type AuthedContext = PublicContext & { db: Db; actor: Actor };

export type ContextFor<N extends CallName> = Contract[N]['access'] extends 'public'
  ? PublicContext
  : AuthedContext;

export type Handler<N extends CallName> = (
  ctx: ContextFor<N>,
  input: ParsedInput<N>,
) => CallOutput<N> | Promise<CallOutput<N>>;

/** The handler table: exactly one handler per contract entry, checked by the compiler. */
export type Handlers = { [N in CallName]: Handler<N> };

/** The handlers of one domain (`auth.*`, `settings.*` …), nothing more and nothing less. */
export type DomainHandlers<D extends string> = {
  [N in CallName as N extends `${D}.${string}` ? N : never]: Handler<N>;
};
