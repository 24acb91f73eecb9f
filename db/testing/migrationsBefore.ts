import fs from 'node:fs';
import path from 'node:path';
import type { ReadDb } from '../database';
import { sourceMigrationsFolder } from '../migrationsFolder';
import { openDatabase, type OpenedDatabase } from '../open';
import { createTempDir } from './createTestDb';

/**
 * A copy of the migrations that stops before `tag`, to build a database of the older schema and
 * then upgrade it. The caller removes `root` when done.
 */
function migrationsBefore(tag: string): { folder: string; root: string } {
  const root = createTempDir('kasane-migrations-');
  const folder = path.join(root, 'migrations');
  fs.cpSync(sourceMigrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  const stop = journal.entries.findIndex((entry) => entry.tag === tag);
  if (stop < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, stop);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return { folder, root };
}

/**
 * An encrypted database of the schema before migration `tag`, in a temp folder, for a test to
 * fill; `upgrade()` closes it and opens it again as the app does, applying every migration.
 * `cleanups` gets the folders' removal and the upgraded database's close.
 */
export function databaseBefore(
  tag: string,
  cleanups: Array<() => void>,
): OpenedDatabase & { upgrade: () => OpenedDatabase } {
  const dir = createTempDir();
  const older = migrationsBefore(tag);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  cleanups.push(() => fs.rmSync(older.root, { recursive: true, force: true }));
  const file = path.join(dir, 'kasane.db');
  const key = Buffer.alloc(32, 7);
  const old = openDatabase({ path: file, key, create: true, migrationsFolder: older.folder });
  const upgrade = () => {
    old.close();
    const upgraded = openDatabase({ path: file, key });
    cleanups.push(upgraded.close);
    return upgraded;
  };
  return { ...old, upgrade };
}

/** The names of a database's tables, in order. */
export function tableNames(db: ReadDb): string[] {
  return db
    .all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .map((row) => row.name);
}
