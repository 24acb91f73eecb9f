import fs from 'node:fs';
import path from 'node:path';
import type { ReadDb } from '../database';
import { sourceMigrationsFolder } from '../migrationsFolder';
import { openDatabase, type OpenedDatabase } from '../open';
import { createTempDir, createTestDb } from './createTestDb';

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
  const borrowed = addLaterColumns(old);
  const upgrade = () => {
    for (const { table, column } of borrowed)
      old.sqlite.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    old.close();
    const upgraded = openDatabase({ path: file, key });
    cleanups.push(upgraded.close);
    return upgraded;
  };
  return { ...old, upgrade };
}

type Column = { table: string; column: string };

function columnsOf(opened: OpenedDatabase): Column[] {
  return opened.sqlite
    .prepare(
      `SELECT m.name AS "table", c.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) c
       WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '__drizzle%'`,
    )
    .all() as Column[];
}

/**
 * The test builders insert through today's schema, which names every column, also those a later
 * migration adds to a table the old schema already has. Those columns are lent to the old database
 * (nullable, no index) while a test fills it and dropped again before `upgrade()`, so the
 * migrations under test still run against the old shape.
 */
function addLaterColumns(old: OpenedDatabase): Column[] {
  const current = createTestDb();
  try {
    const oldColumns = columnsOf(old);
    const have = new Set(oldColumns.map((c) => `${c.table}.${c.column}`));
    const tables = new Set(oldColumns.map((c) => c.table));
    const later = columnsOf(current).filter(
      (c) => tables.has(c.table) && !have.has(`${c.table}.${c.column}`),
    );
    for (const { table, column } of later)
      old.sqlite.exec(`ALTER TABLE "${table}" ADD COLUMN "${column}"`);
    return later;
  } finally {
    current.cleanup();
  }
}

/** The names of a database's tables, in order. */
export function tableNames(db: ReadDb): string[] {
  return db
    .all<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .map((row) => row.name);
}
