import crypto from 'node:crypto';
import fs from 'node:fs';
import { withTransaction, type Db } from '../../../db/database';
import { findStaffById } from '../../../db/repositories/staffRepository';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';
import { AppError } from '../../contract/errors';
import { adminOnly, anyRole, type Role } from '../../contract/roles';
import type { AppStatus, SessionEndReason, SessionUser } from '../../contract/schemas/session';
import type { ActiveSession } from '../../contract/schemas/staff';
import { dataPaths, type DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { runDueBackup } from '../backup/backupSchedule';
import type { BackupResult } from '../backup/createBackup';
import { prepareSessionRestore, swapInRestore, type RestoreResult } from '../backup/restoreBackup';
import type { FolderLock } from '../app/folderLock';
import type { Clock } from '../clock';
import {
  initializeDataFolder,
  isInitialized,
  type InitializeInput,
} from '../setup/initializeDataFolder';
import { getSettings } from '../settings/settingsService';
import type { KeyHolder } from './keyHolder';
import { attemptPassword } from './passwordAttempt';
import { recoverWithKey } from './recoverWithKey';
import {
  admitAccount,
  auditSessionEnd,
  openUnsealed,
  seal,
  takeFolder,
  type Unsealed,
} from './sessionDatabase';

/** Where a session is used from; recorded with logins in the audit log. */
export type Channel = 'desktop' | 'web' | 'cli' | 'server';

export type SessionConfig = {
  dataDir: string;
  clock: Clock;
  /** Who holds the folder lock (named to a second process that is refused). */
  channel: Channel;
  migrationsFolder?: string;
};

/** Where one login came from: the screen, and on the server the client's address. */
export type SessionOrigin = { channel: Channel; address: string | null };

/** How a registry behaves: one person at one PC, or the office server. */
export type RegistryMode = {
  /** Keep the database open when no one is at work (the server); a single PC closes it. */
  keepUnsealed: boolean;
  /** Who may open a closed database by logging in; everyone else is told to wait. */
  unsealRoles: readonly Role[];
  /** How long a login lasts at most, locked or not; a single PC keeps it until logout. */
  maxSessionHours: number | null;
};

/** One PC, as before: the database is open only while someone is logged in and unlocked. */
export const singlePcMode: RegistryMode = {
  keepUnsealed: false,
  unsealRoles: anyRole,
  maxSessionHours: null,
};

/**
 * The office server: the first 管理者 login after a start opens the database for everyone, and
 * it stays open until the server stops (or a restore). A login lasts one working day at most.
 */
export const serverMode: RegistryMode = {
  keepUnsealed: true,
  unsealRoles: adminOnly,
  maxSessionHours: 12,
};

/** One login: its user, whether it is at work or locked, its idle clock and where it is from. */
export type LoginSession = {
  readonly id: string;
  /** A public name for 管理's list; the id itself is a secret like a password. */
  readonly ref: string;
  user: SessionUser;
  unlocked: boolean;
  idleLockMinutes: number;
  lastActivity: number;
  readonly since: Date;
  readonly expiresAt: number | null;
  readonly origin: SessionOrigin;
};

/** Why sessions end without their user asking (the audit row's reason, and the login screen's notice). */
export type EndReason = SessionEndReason;

/** How many ended sessions' reasons are kept for their browsers' next look (oldest forgotten first). */
const endedReasonsKept = 1_000;

const wrongPasswordMessage = 'ログイン名またはパスワードが違います。';

type Unwrapped = { account: { staffId: number; login: string }; dataKey: Buffer };

/**
 * The logins of one data folder, and the database they share. The database and its data key
 * are opened once (unsealed) and held here only; each login is its own session with its own
 * user, role, idle lock and expiry, found by an unguessable id. Handlers get the actor from the
 * session of their request, never from call arguments.
 */
export class SessionRegistry {
  readonly paths: DataPaths;
  private unsealed: Unsealed | null = null;
  private standing: FolderLock | null = null;
  private readonly sessions = new Map<string, LoginSession>();
  /** Why recently ended sessions ended, by id: their browser is told at its next app.status. */
  private readonly ended = new Map<string, EndReason>();

  constructor(
    readonly config: SessionConfig,
    readonly mode: RegistryMode = singlePcMode,
  ) {
    this.paths = dataPaths(config.dataDir);
  }

  /**
   * Takes the data folder now and keeps it until shutdown: a second server on the same folder
   * is refused when it starts, not at its first login.
   */
  holdFolder(): void {
    this.standing ??= takeFolder(this.paths, this.config.channel);
  }

  /** Whether the database is open (on the server: whether a 管理者 has logged in since the start). */
  isUnsealed(): boolean {
    return this.unsealed !== null;
  }

  /** The session with this id, if it exists and has not expired. */
  get(id: string | null): LoginSession | undefined {
    if (id === null) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt !== null && this.now() >= session.expiresAt) {
      this.endSessions([session], 'expired');
      return undefined;
    }
    return session;
  }

  /** Every live session, oldest first. */
  list(): LoginSession[] {
    return [...this.sessions.keys()]
      .map((id) => this.get(id))
      .filter((session) => session !== undefined);
  }

  /** app.status as the session `id` sees it. */
  status(id: string | null): AppStatus {
    if (!isInitialized(this.paths.dir)) return { initialized: false };
    const session = this.get(id);
    if (!session) {
      const endedBecause = id === null ? undefined : this.ended.get(id);
      return {
        initialized: true,
        session: endedBecause ? { state: 'loggedOut', endedBecause } : { state: 'loggedOut' },
      };
    }
    if (!session.unlocked) {
      return { initialized: true, session: { state: 'locked', user: session.user } };
    }
    const settings = getSettings(this.db());
    return {
      initialized: true,
      session: { state: 'unlocked', user: session.user },
      municipalityName: settings.municipalityName,
      idleLockMinutes: settings.idleLockMinutes,
    };
  }

  /** First-run setup: the new 管理者's session, and the recovery key to show once. */
  initialize(
    input: InitializeInput,
    origin: SessionOrigin,
  ): { session: LoginSession; recoveryKey: string } {
    if (isInitialized(this.paths.dir)) {
      throw new AppError(
        'ALREADY_INITIALIZED',
        `このデータフォルダはすでに設定済みです: ${this.paths.dir}`,
      );
    }
    fs.mkdirSync(this.paths.dir, { recursive: true, mode: 0o700 });
    let recoveryKey = '';
    const session = this.admit('auth.login', origin, undefined, () => {
      const { clock, migrationsFolder } = this.config;
      const result = initializeDataFolder(this.paths.dir, input, clock, migrationsFolder);
      recoveryKey = result.recoveryKey;
      return { account: result.user, dataKey: result.dataKey };
    });
    return { session, recoveryKey };
  }

  /**
   * A login with a password. `replacing` is the locked session of the same seat (the lock
   * screen's 別の職員でログイン), which ends once the new one is in.
   */
  login(
    login: string,
    password: string,
    origin: SessionOrigin,
    replacing: LoginSession | undefined,
  ): LoginSession {
    this.requireInitialized();
    return this.admit('auth.login', origin, replacing, () => {
      const opened = attemptPassword(
        this.paths,
        this.config.clock,
        login,
        password,
        wrongPasswordMessage,
        origin.address,
      );
      return { account: { staffId: opened.slot.staffId, login: opened.slot.login }, ...opened };
    });
  }

  /** 回復キーで復旧: a new password for `login` with the recovery key, then a login as it. */
  recover(
    request: { recoveryKey: string; login: string; newPassword: string },
    origin: SessionOrigin,
    replacing: LoginSession | undefined,
  ): LoginSession {
    this.requireInitialized();
    return this.admit('auth.login', origin, replacing, () =>
      recoverWithKey(this.paths, this.config.clock, {
        ...request,
        migrationsFolder: this.config.migrationsFolder,
        channel: origin.channel,
        address: origin.address,
      }),
    );
  }

  /** Unlocks a locked session with its own user's password. */
  unlock(id: string | null, password: string): SessionUser {
    this.requireInitialized();
    const session = this.get(id);
    if (!session || session.unlocked) throw new AppError('CONFLICT', 'ロックされていません。');
    const user = this.unwrapAndAdmit('auth.unlock', session.origin, undefined, () => {
      const opened = attemptPassword(
        this.paths,
        this.config.clock,
        session.user.login,
        password,
        'パスワードが違います。',
        session.origin.address,
      );
      return { account: { staffId: opened.slot.staffId, login: opened.slot.login }, ...opened };
    });
    session.user = user;
    session.unlocked = true;
    session.lastActivity = this.now();
    session.idleLockMinutes = getSettings(this.db()).idleLockMinutes;
    return user;
  }

  /** Locks a session: audited; the user is remembered for unlock. */
  lock(id: string | null, reason: 'manual' | 'idle' = 'manual'): void {
    const session = this.get(id);
    if (!session?.unlocked) return;
    // The session locks even if the audit write fails: on a single PC the file closes either way.
    session.unlocked = false;
    this.afterLeaving(session.user, reason === 'idle' ? 'auth.idleLock' : 'auth.lock');
  }

  /** Why the session `id` was ended by someone or something else; undefined for a live one or a logout. */
  endedBecause(id: string | null): EndReason | undefined {
    return id === null ? undefined : this.ended.get(id);
  }

  /** Logs a session out: audited if it was at work; the session is forgotten. */
  logout(id: string | null): void {
    const session = id === null ? undefined : this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(session.id);
    if (session.unlocked) this.afterLeaving(session.user, 'auth.logout');
  }

  /**
   * The open database and the acting user of session `id`, for a call that needs them. Enforces
   * its idle lock first (the screen's own timer may be gone), then the role.
   */
  requireUnlocked(id: string | null, roles: readonly Role[]): { db: Db; actor: Actor } {
    const session = this.get(id);
    if (!session) throw new AppError('LOGGED_OUT', 'ログインしてください。');
    this.lockIfIdle(session);
    if (!session.unlocked) {
      throw new AppError(
        'LOCKED',
        '画面がロックされています。パスワードを入力して解除してください。',
      );
    }
    if (!roles.includes(session.user.role)) {
      throw new AppError('FORBIDDEN', 'この操作を行う権限がありません。');
    }
    session.lastActivity = this.now();
    return { db: this.db(), actor: session.user };
  }

  /** Runs `fn` with the data key for session `id` (key-slot changes); the role is checked first. */
  withDataKey<T>(id: string | null, roles: readonly Role[], fn: (holder: KeyHolder) => T): T {
    const { actor } = this.requireUnlocked(id, roles);
    return fn(this.holder(actor));
  }

  /** Locks every session idle longer than the setting, and ends expired ones (a timer calls this). */
  checkIdle(): void {
    for (const session of this.list()) this.lockIfIdle(session);
  }

  /** Ends every session of one staff member at once (their account was disabled or reset). */
  endSessionsOf(staffId: number, reason: EndReason): void {
    this.endSessions(
      this.list().filter((session) => session.user.staffId === staffId),
      reason,
    );
  }

  /** Every open login, for 管理 (管理者): who, from where, since when; the caller's marked. */
  activeSessions(id: string | null): ActiveSession[] {
    this.requireUnlocked(id, adminOnly);
    return this.list().map((session) => ({
      ref: session.ref,
      staffId: session.user.staffId,
      login: session.user.login,
      displayName: session.user.displayName,
      role: session.user.role,
      address: session.origin.address,
      since: session.since.toISOString(),
      lastActivity: new Date(session.lastActivity).toISOString(),
      state: session.unlocked ? 'unlocked' : 'locked',
      self: session.id === id,
    }));
  }

  /**
   * A 管理者 ends another login at once (a PC left logged in, a leaver): audited as the
   * 管理者's action on that staff member, and as that session's logout with the reason.
   */
  endSessionByRef(id: string | null, ref: string): void {
    const { db, actor } = this.requireUnlocked(id, adminOnly);
    const target = this.list().find((session) => session.ref === ref);
    if (!target) throw new AppError('NOT_FOUND', 'このログインはすでに終了しています。');
    if (target.id === id) {
      throw new AppError('CONFLICT', 'ご自分のログインは「ログアウト」で終了してください。');
    }
    withTransaction(db, (tx) => {
      appendAudit(tx, {
        at: this.config.clock.now(),
        actor,
        action: 'staff.endSession',
        target: { type: 'staff', id: target.user.staffId },
      });
    });
    this.endSessions([target], 'endedByAdmin');
  }

  /**
   * Runs `fn` on the open database for the server's own reading (the change feed), acting for no
   * one; undefined while the database is closed. `fn` gets the same handle until it is closed.
   */
  whileOpen<T>(fn: (db: Db) => T): T | undefined {
    return this.unsealed ? fn(this.unsealed.opened.db) : undefined;
  }

  /** Re-reads the idle time after a 管理者 changed the settings. */
  refreshSettings(): void {
    if (!this.unsealed) return;
    const { idleLockMinutes } = getSettings(this.unsealed.opened.db);
    for (const session of this.sessions.values()) session.idleLockMinutes = idleLockMinutes;
  }

  /** Re-reads names and roles after an account was changed (one's own or another's). */
  refreshUsers(): void {
    if (!this.unsealed) return;
    for (const session of this.sessions.values()) {
      const row = findStaffById(this.unsealed.opened.db, session.user.staffId);
      if (row) session.user = { ...session.user, displayName: row.displayName, role: row.role };
    }
  }

  /**
   * The daily backup as session `id`, when it is at work and not idle; null when nothing was
   * due. Does not count as activity and does not lock.
   */
  backupIfDue(id: string | null): BackupResult | null {
    const session = this.get(id);
    if (!session?.unlocked || this.idle(session)) return null;
    return runDueBackup(this.holder(session.user));
  }

  /**
   * Restores a backup (管理者): checks it with the data key while the database is open, ends
   * every session (audited), closes the database keeping the folder lock, swaps the files and
   * releases it. Everyone logs in again to the restored data.
   */
  restore(id: string | null, backupFile: string): RestoreResult {
    const { channel, migrationsFolder } = this.config;
    const prepared = this.withDataKey(id, adminOnly, (holder) =>
      prepareSessionRestore(holder, backupFile, { channel, migrationsFolder }),
    );
    const unsealed = this.unsealed;
    const working = this.list().filter((session) => session.unlocked);
    // Everyone else is told why at their next look; the 管理者 who restored sees the result.
    for (const session of this.sessions.values()) {
      if (session.id !== id) this.remember(session.id, 'restore');
    }
    this.sessions.clear();
    this.unsealed = null;
    if (!unsealed) throw new AppError('LOCKED', 'ロックされています。');
    try {
      try {
        for (const session of working) {
          auditSessionEnd(unsealed.opened.db, this.config.clock, session.user, 'auth.logout', {
            reason: 'restore',
          });
        }
      } finally {
        seal(unsealed, { keepLock: true });
      }
      return swapInRestore(this.paths, prepared);
    } finally {
      unsealed.lock.release();
    }
  }

  /** Ends every session and closes the database (the app quits, the server stops). */
  shutdown(): void {
    for (const session of [...this.sessions.values()]) this.logout(session.id);
    if (this.unsealed) {
      const unsealed = this.unsealed;
      this.unsealed = null;
      seal(unsealed);
    }
    this.standing?.release();
    this.standing = null;
  }

  /** Gets the data key from `unwrap`, lets the account in and starts its session. */
  private admit(
    action: 'auth.login',
    origin: SessionOrigin,
    replacing: LoginSession | undefined,
    unwrap: () => Unwrapped,
  ): LoginSession {
    const previous = replacing && !replacing.unlocked ? replacing.user : undefined;
    const user = this.unwrapAndAdmit(action, origin, previous, unwrap);
    if (replacing) this.sessions.delete(replacing.id);
    const now = this.now();
    const hours = this.mode.maxSessionHours;
    const session: LoginSession = {
      id: crypto.randomBytes(32).toString('base64url'),
      ref: crypto.randomUUID(),
      user,
      unlocked: true,
      idleLockMinutes: getSettings(this.db()).idleLockMinutes,
      lastActivity: now,
      since: new Date(now),
      expiresAt: hours === null ? null : now + hours * 3_600_000,
      origin,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /**
   * With the database open, the key `unwrap` returns only proves the password and is wiped.
   * Closed, the folder is taken, the key opens the database and stays here — only for a role
   * that may unseal; on any failure the lock is released and the key wiped.
   */
  private unwrapAndAdmit(
    action: 'auth.login' | 'auth.unlock',
    origin: SessionOrigin,
    previous: SessionUser | undefined,
    unwrap: () => Unwrapped,
  ): SessionUser {
    const { clock, migrationsFolder } = this.config;
    const admitArgs = {
      paths: this.paths,
      clock,
      channel: origin.channel,
      address: origin.address,
      action,
      previous,
    };
    if (this.unsealed) {
      const open = this.unsealed;
      const { account, dataKey } = unwrap();
      const same =
        dataKey.length === open.dataKey.length && crypto.timingSafeEqual(dataKey, open.dataKey);
      dataKey.fill(0);
      // A key slot for another database (a restore half-undone by hand) opens nothing here.
      if (!same)
        throw new AppError('KEYSLOTS_UNREADABLE', '鍵ファイルがこのデータベースと合いません。');
      return admitAccount(open.opened.db, { ...admitArgs, account, roles: anyRole });
    }
    // Under a standing lock the database's own lock is a no-op: the folder stays taken.
    const lock: FolderLock = this.standing
      ? { release: () => undefined }
      : takeFolder(this.paths, this.config.channel);
    let unwrapped: Unwrapped;
    try {
      unwrapped = unwrap();
    } catch (error) {
      lock.release();
      throw error;
    }
    const { account, dataKey } = unwrapped;
    let opened;
    try {
      opened = openUnsealed(this.paths, dataKey, migrationsFolder);
      const user = admitAccount(opened.db, { ...admitArgs, account, roles: this.mode.unsealRoles });
      this.unsealed = { opened, dataKey, lock };
      return user;
    } catch (error) {
      opened?.close();
      dataKey.fill(0);
      lock.release();
      throw error;
    }
  }

  /** Ends sessions without their user asking; those at work get a logout row with the reason. */
  private endSessions(sessions: LoginSession[], reason: EndReason): void {
    for (const session of sessions) {
      this.sessions.delete(session.id);
      this.remember(session.id, reason);
      if (session.unlocked) this.afterLeaving(session.user, 'auth.logout', { reason });
    }
  }

  /** Audits a session leaving work; a single PC closes the database once no one is at work. */
  private afterLeaving(user: SessionUser, action: AuditAction, detail?: AuditDetail): void {
    try {
      if (this.unsealed)
        auditSessionEnd(this.unsealed.opened.db, this.config.clock, user, action, detail);
    } finally {
      const anyoneAtWork = [...this.sessions.values()].some((session) => session.unlocked);
      if (this.unsealed && !this.mode.keepUnsealed && !anyoneAtWork) {
        const unsealed = this.unsealed;
        this.unsealed = null;
        seal(unsealed);
      }
    }
  }

  private remember(id: string, reason: EndReason): void {
    this.ended.set(id, reason);
    if (this.ended.size > endedReasonsKept) {
      const oldest = this.ended.keys().next();
      if (!oldest.done) this.ended.delete(oldest.value);
    }
  }

  private lockIfIdle(session: LoginSession): void {
    if (session.unlocked && this.idle(session)) this.lock(session.id, 'idle');
  }

  private idle(session: LoginSession): boolean {
    return this.now() - session.lastActivity >= session.idleLockMinutes * 60_000;
  }

  private holder(actor: Actor): KeyHolder {
    const unsealed = this.unsealed;
    if (!unsealed) throw new AppError('LOCKED', 'ロックされています。');
    const { opened, dataKey } = unsealed;
    const { clock } = this.config;
    return { db: opened.db, sqlite: opened.sqlite, actor, clock, paths: this.paths, dataKey };
  }

  private db(): Db {
    if (!this.unsealed) throw new AppError('LOCKED', 'ロックされています。');
    return this.unsealed.opened.db;
  }

  private now(): number {
    return this.config.clock.now().getTime();
  }

  private requireInitialized(): void {
    if (!isInitialized(this.paths.dir)) {
      throw new AppError('NOT_INITIALIZED', 'まだ初期設定がされていません。');
    }
  }
}
