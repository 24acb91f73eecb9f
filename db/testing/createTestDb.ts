import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../open';

/** A real encrypted, migrated database in a fresh temp folder, with a random key. */
export type TestDb = OpenedDatabase & {
  dir: string;
  path: string;
  key: Buffer;
  cleanup: () => void;
};

export function createTempDir(prefix = 'kasane-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function createTestDb(): TestDb {
  const dir = createTempDir();
  const file = path.join(dir, 'kasane.db');
  const key = crypto.randomBytes(32);
  const opened = openDatabase({ path: file, key, create: true });
  return {
    ...opened,
    dir,
    path: file,
    key,
    cleanup: () => {
      opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
