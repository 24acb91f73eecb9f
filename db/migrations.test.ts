import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from './migrationsFolder';

type Journal = { entries: Array<{ idx: number; when: number; tag: string }> };

const journal = JSON.parse(
  fs.readFileSync(path.join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8'),
) as Journal;

describe('migration journal', () => {
  // drizzle skips a migration whose timestamp is not after the last applied one: a merge that
  // reorders timestamps would silently leave a table out of every existing database.
  it('has strictly increasing timestamps', () => {
    for (let i = 1; i < journal.entries.length; i += 1) {
      const previous = journal.entries[i - 1];
      const current = journal.entries[i];
      expect(current?.when, `${current?.tag} must be later than ${previous?.tag}`).toBeGreaterThan(
        previous?.when ?? 0,
      );
    }
  });

  it('numbers entries 0..n-1 and has exactly one SQL file per entry', () => {
    journal.entries.forEach((entry, i) => expect(entry.idx).toBe(i));
    const files = fs
      .readdirSync(sourceMigrationsFolder)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files).toEqual(journal.entries.map((e) => `${e.tag}.sql`));
  });
});
