import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { AppError } from '../electron/contract/errors';
// The matching keys' rules live with the services; the key columns' migrations call them as SQL.
import { registerMatchingKeyFunctions } from '../electron/services/text/matchingKeySql';
import type { Db } from './database';
import { sourceMigrationsFolder } from './migrationsFolder';
import * as schema from './schema';
import { cacheStatements } from './statementCache';

export type OpenDatabaseOptions = {
  /** Path of the database file. */
  path: string;
  /** The raw 256-bit data key (from a key slot). */
  key: Buffer;
  /** Create the file if it does not exist (setup and tests only). */
  create?: boolean;
  /** Where the SQL migrations are; defaults to the source tree's db/migrations. */
  migrationsFolder?: string;
  /** Milliseconds a writer waits for another writer's lock before failing. */
  busyTimeoutMs?: number;
};

/** An open, unlocked, migrated and checked database. `close()` checkpoints and closes it. */
export type OpenedDatabase = {
  db: Db;
  sqlite: Database.Database;
  close: () => void;
};

const unreadableMessage =
  'データベースを開けませんでした。鍵が一致しないか、ファイルが壊れています。バックアップからの復元が必要な場合は管理者に連絡してください。';

/**
 * Opens the encrypted database: cipher pragmas first (SQLite3MultipleCiphers, sqlcipher v4
 * scheme, raw key so no KDF runs twice), then WAL, foreign keys, synchronous=FULL and a busy
 * timeout; applies pending migrations in one transaction; after an unclean shutdown, quick_check.
 * A wrong key or a damaged file is refused with DB_UNREADABLE; nothing is written to it.
 */
export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  if (options.key.length !== 32) throw new Error('data key must be 32 bytes');
  if (!options.create && !fs.existsSync(options.path)) {
    throw new AppError('DB_MISSING', `データベースのファイルが見つかりません: ${options.path}`);
  }

  // Read before opening: once open, this connection's own WAL is there too.
  const uncleanShutdown = walHasFrames(options.path);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(options.path, { fileMustExist: !options.create });
  } catch (error) {
    throw new AppError('DB_UNREADABLE', `${unreadableMessage}（${describe(error)}）`);
  }
  try {
    applyKey(sqlite, options.key);
    // The first read proves the key: with a wrong one SQLite reports "file is not a database".
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  } catch (error) {
    sqlite.close();
    throw new AppError('DB_UNREADABLE', unreadableMessage + hint(error));
  }

  cacheStatements(sqlite);
  registerMatchingKeyFunctions(sqlite);
  const db = drizzle({ client: sqlite, schema });
  try {
    migrate(db, { migrationsFolder: options.migrationsFolder ?? sourceMigrationsFolder });
    if (uncleanShutdown) quickCheck(sqlite);
  } catch (error) {
    sqlite.close();
    if (error instanceof AppError) throw error;
    throw new AppError('DB_UNREADABLE', unreadableMessage + hint(error));
  }

  return {
    db,
    sqlite,
    close: () => {
      if (!sqlite.open) return;
      try {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        sqlite.close();
      }
    },
  };
}

/**
 * A WAL file with content at open means the last session did not close the file (a crash, a
 * power cut) or another process has it open: a clean close checkpoints and removes it.
 */
function walHasFrames(databasePath: string): boolean {
  try {
    return fs.statSync(`${databasePath}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * quick_check reads and decrypts every page (about 1 s for a town's 60 MB, far more for a city),
 * so it runs only after an unclean shutdown, when damage is possible. A cleanly closed file is
 * still refused when cut off (SQLite reports SQLITE_CORRUPT at the first read, tested);
 * `verify` and backups run the full integrity_check.
 */
function quickCheck(sqlite: Database.Database): void {
  const check = sqlite.pragma('quick_check', { simple: true });
  if (check !== 'ok') {
    throw new AppError(
      'DB_UNREADABLE',
      `データベースの検査で異常が見つかりました（${String(check)}）。`,
    );
  }
}

/** The cipher pragmas, which must precede every other statement on the connection. */
export function applyKey(sqlite: Database.Database, key: Buffer): void {
  sqlite.pragma(`cipher = 'sqlcipher'`);
  sqlite.pragma('legacy = 4');
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hint(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `（${code}）` : '';
}
