import fs from 'node:fs';
import type { Db } from '../../../db/database';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import { adminOnly, type Role } from '../../contract/roles';
import type { AppStatus, SessionUser } from '../../contract/schemas/session';
import type { StaffAccount } from '../../contract/schemas/staff';
import { dataPaths, type DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import type { AuditAction } from '../audit/appendAudit';
import { runDueBackup } from '../backup/backupSchedule';
import type { BackupResult } from '../backup/createBackup';
import { prepareSessionRestore, swapInRestore, type RestoreResult } from '../backup/restoreBackup';
import type { Clock } from '../clock';
import type { InitializeInput } from '../setup/initializeDataFolder';
import { initializeDataFolder, isInitialized } from '../setup/initializeDataFolder';
import { getSettings } from '../settings/settingsService';
import { createStaffAccount, type NewStaffAccount } from './createStaffAccount';
import type { KeyHolder } from './keyHolder';
import { attemptPassword } from './passwordAttempt';
import { recoverWithKey } from './recoverWithKey';
import { closeSessionDatabase, openSessionDatabase, takeFolder } from './sessionDatabase';
import { statusOf, type SessionState, type Unlocked } from './sessionState';
import type { AuditDetail } from '../../contract/audit/auditDetailKeys';

/** Where the session is being used from; recorded with logins in the audit log. */
export type Channel = 'desktop' | 'web' | 'cli';

export type SessionConfig = {
  dataDir: string;
  clock: Clock;
  channel: Channel;
  migrationsFolder?: string;
};

const wrongPasswordMessage = 'ログイン名またはパスワードが違います。';
const alreadyIn = () =>
  new AppError('CONFLICT', 'すでにログインしています。ログアウトしてから操作してください。');

/**
 * The main-side session: at most one staff member at a time, as on an office PC. It alone holds
 * the data key, the open database and the data folder's lock; locking or logging out closes the
 * file, releases the folder and wipes the key. Handlers get the actor from here, never from call
 * arguments.
 */
export class SessionManager {
  private state: SessionState = { kind: 'loggedOut' };
  readonly paths: DataPaths;

  constructor(private readonly config: SessionConfig) {
    this.paths = dataPaths(config.dataDir);
  }

  /** What the UI needs to pick its screen. */
  status(): AppStatus {
    return statusOf(isInitialized(this.config.dataDir), this.state);
  }

  /** First-run setup; the new 管理者 is logged in at once and the recovery key returned to show once. */
  initialize(input: InitializeInput): { user: SessionUser; recoveryKey: string } {
    if (isInitialized(this.paths.dir)) {
      throw new AppError(
        'ALREADY_INITIALIZED',
        `このデータフォルダはすでに設定済みです: ${this.paths.dir}`,
      );
    }
    fs.mkdirSync(this.paths.dir, { recursive: true, mode: 0o700 });
    let recoveryKey = '';
    const user = this.openAs('auth.login', undefined, () => {
      const { clock, migrationsFolder } = this.config;
      const result = initializeDataFolder(this.paths.dir, input, clock, migrationsFolder);
      recoveryKey = result.recoveryKey;
      return { account: result.user, dataKey: result.dataKey };
    });
    return { user, recoveryKey };
  }

  /** Logs in from the login screen, or as another user from the lock screen. */
  login(login: string, password: string): SessionUser {
    this.requireInitialized();
    if (this.state.kind === 'unlocked') throw alreadyIn();
    const previous = this.state.kind === 'locked' ? this.state.user : undefined;
    return this.openWithPassword(login, password, 'auth.login', previous);
  }

  /**
   * 回復キーで復旧 from the login or lock screen (or the CLI): sets a new password for the account
   * with the recovery key, then logs in as that account.
   */
  recover(recoveryKey: string, login: string, newPassword: string): SessionUser {
    this.requireInitialized();
    if (this.state.kind === 'unlocked') throw alreadyIn();
    const previous = this.state.kind === 'locked' ? this.state.user : undefined;
    return this.openAs('auth.login', previous, () =>
      recoverWithKey(this.paths, this.config.clock, {
        recoveryKey,
        login,
        newPassword,
        migrationsFolder: this.config.migrationsFolder,
        channel: this.config.channel,
      }),
    );
  }

  /** Unlocks a locked session with the locked user's own password. */
  unlock(password: string): SessionUser {
    this.requireInitialized();
    if (this.state.kind !== 'locked') throw new AppError('CONFLICT', 'ロックされていません。');
    return this.openWithPassword(this.state.user.login, password, 'auth.unlock', undefined);
  }

  /** Locks: audit, close the database, wipe the key. The user is remembered for unlock. */
  lock(reason: 'manual' | 'idle' = 'manual'): void {
    const state = this.state;
    if (state.kind !== 'unlocked') return;
    // The state changes even if the audit write fails: the database is closed either way.
    this.state = { kind: 'locked', user: state.user };
    this.leave(state, reason === 'idle' ? 'auth.idleLock' : 'auth.lock');
  }

  /** Logs out: audit, close, wipe, forget the user. */
  logout(): void {
    const state = this.state;
    this.state = { kind: 'loggedOut' };
    if (state.kind === 'unlocked') this.leave(state, 'auth.logout');
  }

  /**
   * The open database and the acting user, for a call that needs them. Enforces idle lock
   * first (the renderer's own timer may be gone), then the role.
   */
  requireUnlocked(roles: readonly Role[]): { db: Db; actor: Actor } {
    this.checkIdle();
    const state = this.state;
    if (state.kind === 'loggedOut') throw new AppError('LOGGED_OUT', 'ログインしてください。');
    if (state.kind === 'locked') {
      throw new AppError(
        'LOCKED',
        '画面がロックされています。パスワードを入力して解除してください。',
      );
    }
    if (!roles.includes(state.user.role)) {
      throw new AppError('FORBIDDEN', 'この操作を行う権限がありません。');
    }
    state.lastActivity = this.config.clock.now().getTime();
    return { db: state.opened.db, actor: state.user };
  }

  /** Locks if the user has been idle longer than the setting. Called on every call and by a timer. */
  checkIdle(): void {
    if (this.state.kind === 'unlocked' && this.idle(this.state)) this.lock('idle');
  }

  /** Re-reads settings the session depends on (after 管理者 changed them). */
  refreshSettings(): void {
    if (this.state.kind === 'unlocked') {
      this.state.idleLockMinutes = getSettings(this.state.opened.db).idleLockMinutes;
    }
  }

  /**
   * Runs `fn` with the data key (key-slot changes: accounts, passwords, backups). The key is
   * lent for this one synchronous call and never returned; the role is checked first.
   */
  withDataKey<T>(roles: readonly Role[], fn: (holder: KeyHolder) => T): T {
    this.requireUnlocked(roles);
    return fn(this.holder());
  }

  /** Adds a staff account with its key slot (管理者 only; the data key never leaves this object). */
  createStaffAccount(input: NewStaffAccount): StaffAccount {
    return this.withDataKey(adminOnly, (holder) => createStaffAccount(holder, input));
  }

  /** Re-reads the acting user's name and role after their own account was changed. */
  refreshUser(): void {
    const state = this.state;
    if (state.kind !== 'unlocked') return;
    const row = findStaffById(state.opened.db, state.user.staffId);
    if (row) state.user = { ...state.user, displayName: row.displayName, role: row.role };
  }

  /**
   * The daily backup, for the desktop shell's timer: when someone is logged in and no verified
   * backup was made today, makes one as that user. Does not count as activity, and does not
   * lock either: past the idle time it skips, leaving the lock (and the screen's reload) to the
   * idle watcher. Null when nothing was due or nobody is at work.
   */
  backupIfDue(): BackupResult | null {
    if (this.state.kind !== 'unlocked' || this.idle(this.state)) return null;
    return runDueBackup(this.holder());
  }

  /**
   * Restores a backup from the 管理 screen (管理者): checks it with the session's data key while
   * the database is still open, then logs out (audited), swaps the files under the folder lock
   * it keeps, and releases it. The user logs in again to the restored data.
   */
  restore(backupFile: string): RestoreResult {
    const { channel, migrationsFolder } = this.config;
    const prepared = this.withDataKey(adminOnly, (holder) =>
      prepareSessionRestore(holder, backupFile, { channel, migrationsFolder }),
    );
    const state = this.state as Unlocked;
    this.state = { kind: 'loggedOut' };
    try {
      this.leave(state, 'auth.logout', { keepLock: true, detail: { reason: 'restore' } });
      return swapInRestore(this.paths, prepared);
    } finally {
      state.lock.release();
    }
  }

  /** Closes everything (app quit). */
  shutdown(): void {
    this.logout();
  }

  private idle(state: Unlocked): boolean {
    const idleMs = this.config.clock.now().getTime() - state.lastActivity;
    return idleMs >= state.idleLockMinutes * 60_000;
  }

  private holder(): KeyHolder {
    const state = this.state;
    if (state.kind !== 'unlocked') throw new AppError('LOCKED', 'ロックされています。');
    const { opened, dataKey, user } = state;
    const { clock } = this.config;
    return { db: opened.db, sqlite: opened.sqlite, actor: user, clock, paths: this.paths, dataKey };
  }

  private openWithPassword(
    login: string,
    password: string,
    action: 'auth.login' | 'auth.unlock',
    previous: SessionUser | undefined,
  ): SessionUser {
    // At login the message must not reveal whether the login exists; at unlock it is known.
    const message = action === 'auth.unlock' ? 'パスワードが違います。' : wrongPasswordMessage;
    return this.openAs(action, previous, () => {
      const opened = attemptPassword(this.paths, this.config.clock, login, password, message);
      return { account: { staffId: opened.slot.staffId, login: opened.slot.login }, ...opened };
    });
  }

  /**
   * Takes the folder, gets the data key from `unwrap` (a password, the recovery key, setup) and
   * opens the session. On any failure the lock is released and the key wiped.
   */
  private openAs(
    action: 'auth.login' | 'auth.unlock',
    previous: SessionUser | undefined,
    unwrap: () => { account: { staffId: number; login: string }; dataKey: Buffer },
  ): SessionUser {
    const lock = takeFolder(this.paths, this.config.channel);
    let unwrapped: ReturnType<typeof unwrap>;
    try {
      unwrapped = unwrap();
    } catch (error) {
      lock.release();
      throw error;
    }
    const { account, dataKey } = unwrapped;
    try {
      const { migrationsFolder, clock, channel } = this.config;
      const session = openSessionDatabase({
        ...{ paths: this.paths, clock, channel, migrationsFolder, lock },
        ...{ account, dataKey, action, previous },
      });
      this.state = {
        kind: 'unlocked',
        ...session,
        dataKey,
        idleLockMinutes: getSettings(session.opened.db).idleLockMinutes,
        lastActivity: clock.now().getTime(),
      };
      return session.user;
    } catch (error) {
      dataKey.fill(0);
      throw error;
    }
  }

  private leave(
    state: Unlocked,
    action: AuditAction,
    options?: { keepLock?: boolean; detail?: AuditDetail },
  ): void {
    try {
      closeSessionDatabase(state, this.config.clock, action, options);
    } finally {
      state.dataKey.fill(0);
    }
  }

  private requireInitialized(): void {
    if (!isInitialized(this.config.dataDir)) {
      throw new AppError('NOT_INITIALIZED', 'まだ初期設定がされていません。');
    }
  }
}
