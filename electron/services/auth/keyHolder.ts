import type Database from 'better-sqlite3';
import type { Db } from '../../../db/database';
import type { DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import type { Clock } from '../clock';

/**
 * What a service that writes key slots works with: the open database, the acting 管理者 or user,
 * and the data key itself. Only SessionManager.withDataKey hands one out, for one synchronous
 * call, so the key never outlives the session that unwrapped it.
 */
export type KeyHolder = {
  db: Db;
  /** The same connection, raw (VACUUM INTO for backups). */
  sqlite: Database.Database;
  actor: Actor;
  clock: Clock;
  paths: DataPaths;
  dataKey: Buffer;
};
