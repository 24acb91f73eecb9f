import type { Db } from '../../../db/database';
import { AppError } from '../../contract/errors';
import { adminOnly, type Role } from '../../contract/roles';
import type { AppStatus, SessionUser } from '../../contract/schemas/session';
import type { ActiveSession, StaffAccount } from '../../contract/schemas/staff';
import type { DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import type { BackupResult } from '../backup/createBackup';
import type { RestoreResult } from '../backup/restoreBackup';
import type { InitializeInput } from '../setup/initializeDataFolder';
import { createStaffAccount, type NewStaffAccount } from './createStaffAccount';
import type { KeyHolder } from './keyHolder';
import {
  SessionRegistry,
  type EndReason,
  type LoginSession,
  type SessionConfig,
  type SessionOrigin,
} from './sessionRegistry';

export type { Channel, SessionConfig } from './sessionRegistry';

const alreadyIn = () =>
  new AppError('CONFLICT', 'すでにログインしています。ログアウトしてから操作してください。');

/**
 * One seat at the data: the session a handler acts for. On a single PC (desktop, web harness,
 * CLI) it is the one long-lived seat of its own registry, at most one staff member at a time,
 * as on an office PC. On the server each request gets a seat for its browser's session (the
 * cookie's id) in the shared registry; a login or logout changes `sessionId`, which the server
 * then sets or clears. The data key and the open database stay in the registry.
 */
export class SessionManager {
  readonly registry: SessionRegistry;
  readonly paths: DataPaths;
  private id: string | null;
  private readonly origin: SessionOrigin;

  constructor(
    source: SessionConfig | SessionRegistry,
    seat: { sessionId: string | null; origin: SessionOrigin } | null = null,
  ) {
    this.registry = source instanceof SessionRegistry ? source : new SessionRegistry(source);
    this.paths = this.registry.paths;
    this.id = seat?.sessionId ?? null;
    this.origin = seat?.origin ?? { channel: this.registry.config.channel, address: null };
  }

  /** The id of this seat's session (the server's cookie), or null when logged out. */
  get sessionId(): string | null {
    return this.id;
  }

  /** What the UI needs to pick its screen. */
  status(): AppStatus {
    return this.registry.status(this.id);
  }

  /** First-run setup; the new 管理者 is logged in at once and the recovery key returned to show once. */
  initialize(input: InitializeInput): { user: SessionUser; recoveryKey: string } {
    const { session, recoveryKey } = this.registry.initialize(input, this.origin);
    this.id = session.id;
    return { user: session.user, recoveryKey };
  }

  /** Logs in from the login screen, or as another user from the lock screen. */
  login(login: string, password: string): SessionUser {
    const current = this.notAtWork();
    return this.take(this.registry.login(login, password, this.origin, current));
  }

  /**
   * 回復キーで復旧 from the login or lock screen (or the CLI): sets a new password for the account
   * with the recovery key, then logs in as that account.
   */
  recover(recoveryKey: string, login: string, newPassword: string): SessionUser {
    const current = this.notAtWork();
    const request = { recoveryKey, login, newPassword };
    return this.take(this.registry.recover(request, this.origin, current));
  }

  /** Unlocks a locked session with the locked user's own password. */
  unlock(password: string): SessionUser {
    return this.registry.unlock(this.id, password);
  }

  /** Locks: audited; on a single PC the database closes and the key is wiped. */
  lock(reason: 'manual' | 'idle' = 'manual'): void {
    this.registry.lock(this.id, reason);
  }

  /** Logs out: audited, and the session forgotten. */
  logout(): void {
    const id = this.id;
    this.id = null;
    this.registry.logout(id);
  }

  /** The open database and the acting user, for a call that needs them (idle lock, then role). */
  requireUnlocked(roles: readonly Role[]): { db: Db; actor: Actor } {
    return this.registry.requireUnlocked(this.id, roles);
  }

  /** Locks every session idle longer than the setting. Called on every call and by a timer. */
  checkIdle(): void {
    this.registry.checkIdle();
  }

  /** Re-reads settings the sessions depend on (after 管理者 changed them). */
  refreshSettings(): void {
    this.registry.refreshSettings();
  }

  /**
   * Runs `fn` with the data key (key-slot changes: accounts, passwords, backups). The key is
   * lent for this one synchronous call and never returned; the role is checked first.
   */
  withDataKey<T>(roles: readonly Role[], fn: (holder: KeyHolder) => T): T {
    return this.registry.withDataKey(this.id, roles, fn);
  }

  /** Adds a staff account with its key slot (管理者 only; the data key never leaves the registry). */
  createStaffAccount(input: NewStaffAccount): StaffAccount {
    return this.withDataKey(adminOnly, (holder) => createStaffAccount(holder, input));
  }

  /** Re-reads names and roles after an account was changed. */
  refreshUser(): void {
    this.registry.refreshUsers();
  }

  /** Every open login, for 管理 (管理者). */
  activeSessions(): ActiveSession[] {
    return this.registry.activeSessions(this.id);
  }

  /** Ends another staff member's login (管理者; audited). */
  endSession(ref: string): void {
    this.registry.endSessionByRef(this.id, ref);
  }

  /** Ends every session of a staff member at once (account disabled, password reset). */
  endSessionsOf(staffId: number, reason: EndReason): void {
    this.registry.endSessionsOf(staffId, reason);
  }

  /**
   * The daily backup, for the desktop shell's timer: when someone is logged in and no verified
   * backup was made today, makes one as that user. Does not count as activity, and does not
   * lock either: past the idle time it skips, leaving the lock (and the screen's reload) to the
   * idle watcher. Null when nothing was due or nobody is at work.
   */
  backupIfDue(): BackupResult | null {
    return this.registry.backupIfDue(this.id);
  }

  /**
   * Restores a backup from the 管理 screen (管理者): every session ends, the files are swapped
   * under the folder lock, and the user logs in again to the restored data.
   */
  restore(backupFile: string): RestoreResult {
    const result = this.registry.restore(this.id, backupFile);
    this.id = null;
    return result;
  }

  /** Closes everything (app quit, server stop). */
  shutdown(): void {
    this.id = null;
    this.registry.shutdown();
  }

  /** This seat's session if it is locked (the lock screen's other login); refused if at work. */
  private notAtWork(): LoginSession | undefined {
    const current = this.registry.get(this.id);
    if (current?.unlocked) throw alreadyIn();
    return current;
  }

  private take(session: LoginSession): SessionUser {
    this.id = session.id;
    return session.user;
  }
}
