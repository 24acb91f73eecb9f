import type Database from 'better-sqlite3';
import { kanaKey, nameKey } from './normalize';

/**
 * The matching keys as SQL functions on a connection, so a migration can recompute the stored
 * keys when their rules change (kasane_name_key(name), kasane_kana_key(name_kana)). Registered by
 * openDatabase before migrations run; pure functions of their argument, hence deterministic.
 */
export function registerMatchingKeyFunctions(sqlite: Database.Database): void {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  sqlite.function('kasane_name_key', { deterministic: true }, (value: unknown) =>
    nameKey(text(value)),
  );
  sqlite.function('kasane_kana_key', { deterministic: true }, (value: unknown) =>
    kanaKey(text(value)),
  );
}
