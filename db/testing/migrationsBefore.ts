import fs from 'node:fs';
import path from 'node:path';
import { sourceMigrationsFolder } from '../migrationsFolder';
import { createTempDir } from './createTestDb';

/**
 * A copy of the migrations that stops before `tag`, to build a database of the older schema and
 * then upgrade it. The caller removes `root` when done.
 */
export function migrationsBefore(tag: string): { folder: string; root: string } {
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
