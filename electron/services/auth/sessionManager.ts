import { withTransaction, type Db } from '../../../db/database';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { AppError } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import type { AppStatus, SessionUser } from '../../contract/schemas/session';
import type { InitializeInput } from '../setup/initializeDataFolder';
import { initializeDataFolder, isInitialized } from '../setup/initializeDataFolder';
import { dataPaths, type DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import { appendAudit, type AuditAction } from '../audit/appendAudit';
import { clearPendingEvents, flushPendingEvents } from '../audit/pendingAudit';
import type { Clock } from '../clock';
import { getSettings } from '../settings/settingsService';
import { attemptPassword } from './passwordAttempt';
import { recoverWithKey } from './recoverWithKey';
import { createStaffAccount, type NewStaffAccount } from './createStaffAccount';
import type { StaffAccount } from '../../contract/schemas/staff';
import type { KeyHolder } from './keyHolder';

/** Where the session is being used from; recorded with logins in the audit log. */
export type Channel = 'desktop' | 'web' | 'cli';

export type SessionConfig = {
  dataDir: string;
  clock: Clock;
  channel: Channel;
  migrationsFolder?: string;
};

type State =
  | { kind: 'loggedOut' }
  | { kind: 'locked'; user: SessionUser }
  | {
      kind: 'unlocked';
      user: SessionUser;
      opened: OpenedDatabase;
      dataKey: Buffer;
      idleLockMinutes: number;
      lastActivity: number;
    };

const wrongPasswordMessage = 'ログイン名またはパスワードが違います。';

/**
 * The main-side session: at most one staff member at a time, as on an office PC. It alone holds
 * the data key and the open database; locking or logging out closes the file and wipes the key.
 * Handlers get the actor from here, never from call arguments.
 */
export class SessionManager {
  private state: State = { kind: 'loggedOut' };
  readonly paths: DataPaths;

  constructor(private readonly config: SessionConfig) {
    this.paths = dataPaths(config.dataDir);
  }

  /** What the UI needs to pick its screen. */
  status(): AppStatus {
    if (!isInitialized(this.config.dataDir)) return { initialized: false };
    const state = this.state;
    switch (state.kind) {
      case 'loggedOut':
        return { initialized: true, session: { state: 'loggedOut' } };
      case 'locked':
        return { initialized: true, session: { state: 'locked', user: state.user } };
      case 'unlocked': {
        const settings = getSettings(state.opened.db);
        return {
          initialized: true,
          session: { state: 'unlocked', user: state.user },
          municipalityName: settings.municipalityName,
          idleLockMinutes: settings.idleLockMinutes,
        };
      }
    }
  }

  /** First-run setup; the new 管理者 is logged in at once and the recovery key returned to show once. */
  initialize(input: InitializeInput): { user: SessionUser; recoveryKey: string } {
    const result = initializeDataFolder(
      this.config.dataDir,
      input,
      this.config.clock,
      this.config.migrationsFolder,
    );
    this.enter(result.user, result.dataKey, 'auth.login');
    return { user: result.user, recoveryKey: result.recoveryKey };
  }

  /** Logs in from the login screen, or as another user from the lock screen. */
  login(login: string, password: string): SessionUser {
    this.requireInitialized();
    const previous = this.state.kind === 'locked' ? this.state.user : undefined;
    if (this.state.kind === 'unlocked') {
      throw new AppError(
        'CONFLICT',
        'すでにログインしています。ログアウトしてから操作してください。',
      );
    }
    const user = this.openWithPassword(login, password, 'auth.login', previous);
    return user;
  }

  /**
   * 回復キーで復旧 from the login or lock screen (or the CLI): sets a new password for the account
   * with the recovery key, then logs in as that account.
   */
  recover(recoveryKey: string, login: string, newPassword: string): SessionUser {
    this.requireInitialized();
    if (this.state.kind === 'unlocked') {
      throw new AppError(
        'CONFLICT',
        'すでにログインしています。ログアウトしてから操作してください。',
      );
    }
    const previous = this.state.kind === 'locked' ? this.state.user : undefined;
    const { dataKey, account } = recoverWithKey(this.paths, this.config.clock, {
      recoveryKey,
      login,
      newPassword,
      migrationsFolder: this.config.migrationsFolder,
      channel: this.config.channel,
    });
    return this.enter(account, dataKey, 'auth.login', previous);
  }

  /** Unlocks a locked session with the locked user's own password. */
  unlock(password: string): SessionUser {
    this.requireInitialized();
    if (this.state.kind !== 'locked') {
      throw new AppError('CONFLICT', 'ロックされていません。');
    }
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
    const state = this.state;
    if (state.kind !== 'unlocked') return;
    const idleMs = this.config.clock.now().getTime() - state.lastActivity;
    if (idleMs >= state.idleLockMinutes * 60_000) this.lock('idle');
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
    const { db, actor } = this.requireUnlocked(roles);
    if (this.state.kind !== 'unlocked') throw new AppError('LOCKED', 'ロックされています。');
    const { clock } = this.config;
    return fn({ db, actor, clock, paths: this.paths, dataKey: this.state.dataKey });
  }

  /** Adds a staff account with its key slot (管理者 only; the data key never leaves this object). */
  createStaffAccount(input: NewStaffAccount): StaffAccount {
    return this.withDataKey(['admin'], (holder) => createStaffAccount(holder, input));
  }

  /** Re-reads the acting user's name and role after their own account was changed. */
  refreshUser(): void {
    const state = this.state;
    if (state.kind !== 'unlocked') return;
    const row = findStaffById(state.opened.db, state.user.staffId);
    if (row) state.user = { ...state.user, displayName: row.displayName, role: row.role };
  }

  /** Closes everything (app quit). */
  shutdown(): void {
    this.logout();
  }

  private openWithPassword(
    login: string,
    password: string,
    action: 'auth.login' | 'auth.unlock',
    previous: SessionUser | undefined,
  ): SessionUser {
    // At login the message must not reveal whether the login exists; at unlock it is known.
    const message = action === 'auth.unlock' ? 'パスワードが違います。' : wrongPasswordMessage;
    const opened = attemptPassword(this.paths, this.config.clock, login, password, message);
    return this.enter(
      { staffId: opened.slot.staffId, login: opened.slot.login },
      opened.dataKey,
      action,
      previous,
    );
  }

  private enter(
    account: { staffId: number; login: string },
    dataKey: Buffer,
    action: 'auth.login' | 'auth.unlock',
    previous?: SessionUser,
  ): SessionUser {
    const opened = openDatabase({
      path: this.paths.database,
      key: dataKey,
      migrationsFolder: this.config.migrationsFolder,
    });
    try {
      const row = findStaffById(opened.db, account.staffId);
      if (!row || row.login !== account.login || !row.active) {
        throw new AppError(
          'ACCOUNT_DISABLED',
          'このアカウントは使用できません。管理者に連絡してください。',
        );
      }
      const user: SessionUser = {
        staffId: row.id,
        login: row.login,
        displayName: row.displayName,
        role: row.role,
      };
      const now = this.config.clock.now();
      withTransaction(opened.db, (tx) => {
        flushPendingEvents(tx, this.paths.pendingAudit);
        if (previous && previous.staffId !== user.staffId) {
          appendAudit(tx, {
            at: now,
            actor: previous,
            action: 'auth.logout',
            detail: { reason: 'switchUser' },
          });
        }
        appendAudit(tx, { at: now, actor: user, action, detail: { channel: this.config.channel } });
      });
      clearPendingEvents(this.paths.pendingAudit);
      this.state = {
        kind: 'unlocked',
        user,
        opened,
        dataKey,
        idleLockMinutes: getSettings(opened.db).idleLockMinutes,
        lastActivity: now.getTime(),
      };
      return user;
    } catch (error) {
      opened.close();
      dataKey.fill(0);
      throw error;
    }
  }

  private leave(state: Extract<State, { kind: 'unlocked' }>, action: AuditAction): void {
    try {
      withTransaction(state.opened.db, (tx) => {
        appendAudit(tx, { at: this.config.clock.now(), actor: state.user, action });
      });
    } finally {
      state.opened.close();
      state.dataKey.fill(0);
    }
  }

  private requireInitialized(): void {
    if (!isInitialized(this.config.dataDir)) {
      throw new AppError('NOT_INITIALIZED', 'まだ初期設定がされていません。');
    }
  }
}
