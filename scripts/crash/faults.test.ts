import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { openDatabase } from '../../db/open';
import { createTempDir } from '../../db/testing/createTestDb';
import { AppError } from '../../electron/contract/errors';
import { adminOnly } from '../../electron/contract/roles';
import { dataPaths } from '../../electron/services/app/dataPaths';
import { readKeySlotFile } from '../../electron/services/auth/keySlotFile';
import { openPasswordSlot } from '../../electron/services/auth/keySlots';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { intakeCase } from '../../electron/services/cases/intakeCase';
import { newHouseholdIntake } from '../../electron/services/cases/caseWork.testing';
import { systemClock } from '../../electron/services/clock';
import { bundleChild, startChild } from './childProcess.testing';

// Bad things from outside — a cut-off database file, a wrong key, a damaged key file, a folder
// that cannot be written, a full disk, a second Kasane on the same folder: each must end in a
// clear Japanese message, no crash, and the data as it was.

const login = 'kanri';
const password = 'fault-test-1';
const env = { ...process.env, KASANE_USER: login, KASANE_PASSWORD: password };
const isRoot = process.getuid?.() === 0;

let root: string;
let template: string;
let probe: string;

beforeAll(async () => {
  root = createTempDir('kasane-faults-');
  fs.chmodSync(root, 0o755);
  template = path.join(root, 'template');
  const session = new SessionManager({ dataDir: template, clock: systemClock, channel: 'cli' });
  session.initialize({ login, displayName: '管理 太郎', password, municipalityName: '試験町' });
  const { db, actor } = session.requireUnlocked(adminOnly);
  for (let i = 0; i < 5; i += 1) {
    intakeCase(
      db,
      actor,
      systemClock,
      newHouseholdIntake(actor.staffId, {}, { name: `既存 ${i}` }),
    );
  }
  session.logout();
  probe = await bundleChild(path.join('scripts', 'crash', 'faultProbe.ts'), 'faultProbe');
}, 60_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(probe, { force: true });
});

/** A copy of the set-up folder (5 cases) to damage. */
function copyOfData(): string {
  const dir = path.join(root, crypto.randomUUID());
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

const sha = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const state = (dir: string) => [sha(dataPaths(dir).database), sha(dataPaths(dir).keySlots)];

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw new Error(`not a Japanese AppError: ${String(error)}`, { cause: error });
  }
  throw new Error('expected a refusal');
}

const japanese = /[ぁ-んァ-ン一-龥]/;

function caseCount(dir: string): number {
  const paths = dataPaths(dir);
  const opened = openPasswordSlot(readKeySlotFile(paths.keySlots), login, password);
  if (!opened) throw new Error('slot');
  const db = openDatabase({ path: paths.database, key: opened.dataKey });
  try {
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.sqlite.prepare('SELECT count(*) FROM support_case').pluck().get() as number;
  } finally {
    db.close();
  }
}

async function runProbe(
  dir: string,
  action: string,
  options: Parameters<typeof startChild>[2] = {},
) {
  const child = startChild(probe, [dir, action, sourceMigrationsFolder], { env, ...options });
  child.process.stdin.write('go\n');
  const line = await child.waitFor((l) => l.startsWith('{'), 60_000);
  child.process.kill('SIGKILL');
  await child.exited;
  return JSON.parse(line) as { ok: boolean; code?: string; message?: string; saved?: number };
}

describe('damaged files', () => {
  it('a cut-off database file: DB_UNREADABLE in Japanese, the file untouched', () => {
    const dir = copyOfData();
    const file = dataPaths(dir).database;
    fs.truncateSync(file, Math.floor(fs.statSync(file).size * 0.6));
    const before = state(dir);
    const session = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' });
    const error = refusal(() => session.login(login, password));
    expect(error.code).toBe('DB_UNREADABLE');
    expect(error.message).toMatch(japanese);
    expect(state(dir)).toEqual(before);
    expect(fs.existsSync(dataPaths(dir).lock)).toBe(false);
  });

  it('a wrong key (another office’s key file): DB_UNREADABLE, nothing changed', () => {
    const dir = copyOfData();
    const other = path.join(root, crypto.randomUUID());
    const otherSession = new SessionManager({ dataDir: other, clock: systemClock, channel: 'cli' });
    otherSession.initialize({ login, displayName: '別 役場', password, municipalityName: '別町' });
    otherSession.logout();
    fs.copyFileSync(dataPaths(other).keySlots, dataPaths(dir).keySlots);
    const before = state(dir);
    const error = refusal(() =>
      new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' }).login(
        login,
        password,
      ),
    );
    expect(error.code).toBe('DB_UNREADABLE');
    expect(error.message).toContain('鍵が一致しないか');
    expect(state(dir)).toEqual(before);
  });

  it('a damaged key file: KEYSLOTS_UNREADABLE naming the way back, the database untouched', () => {
    const dir = copyOfData();
    const keys = dataPaths(dir).keySlots;
    fs.writeFileSync(keys, fs.readFileSync(keys, 'utf8').slice(0, 200));
    const before = state(dir);
    const error = refusal(() =>
      new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' }).login(
        login,
        password,
      ),
    );
    expect(error.code).toBe('KEYSLOTS_UNREADABLE');
    expect(error.message).toContain('回復キー');
    expect(state(dir)).toEqual(before);
  });
});

describe('the operating system says no', () => {
  it('a read-only data folder: READ_ONLY in Japanese, no crash, nothing written', async () => {
    const dir = copyOfData();
    for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o444);
    fs.chmodSync(dir, 0o555);
    const before = state(dir);
    // root ignores file modes: the probe then runs as nobody, like an office user would.
    const result = await runProbe(dir, 'login', isRoot ? { uid: 65534, gid: 65534 } : {});
    fs.chmodSync(dir, 0o755);
    expect(result).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect(result.message).toContain('書き込めません');
    expect(state(dir)).toEqual(before);
  });

  it('a full disk while saving: DISK_FULL saying nothing was saved; earlier saves all there', async () => {
    const dir = copyOfData();
    const paths = dataPaths(dir);
    // A file-size limit a little above today's files: the WAL hits it after a few saves.
    const blocks = Math.ceil((fs.statSync(paths.database).size + 160 * 1024) / 512);
    const result = await runProbe(dir, 'fill', { shellPrefix: `ulimit -f ${blocks}` });
    expect(result).toMatchObject({ ok: false, code: 'DISK_FULL' });
    expect(result.message).toContain('保存されていません');
    expect(result.saved).toBeGreaterThan(0);
    fs.rmSync(paths.lock, { force: true });
    expect(caseCount(dir)).toBe(5 + (result.saved ?? 0));
  });
});

describe('two Kasane on one data folder', () => {
  it('in one process: the second is refused while the first has it open', () => {
    const dir = copyOfData();
    const first = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' });
    const second = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'web' });
    first.login(login, password);
    const error = refusal(() => second.login(login, password));
    expect(error.code).toBe('FOLDER_IN_USE');
    expect(error.message).toContain('デスクトップ版');
    first.lock();
    second.login(login, password);
    expect(refusal(() => first.unlock(password)).code).toBe('FOLDER_IN_USE');
    second.logout();
    first.unlock(password);
    first.logout();
    expect(caseCount(dir)).toBe(5);
  });

  it('across processes: refused while the other runs; its lock is taken over once it is killed', async () => {
    const dir = copyOfData();
    const holder = startChild(probe, [dir, 'hold', sourceMigrationsFolder], { env });
    holder.process.stdin.write('go\n');
    await holder.waitFor((line) => line === '"held"', 30_000);
    const session = new SessionManager({ dataDir: dir, clock: systemClock, channel: 'desktop' });
    const error = refusal(() => session.login(login, password));
    expect(error.code).toBe('FOLDER_IN_USE');
    expect(error.message).toContain(
      `コマンドライン、${os.hostname()} のプロセス ${holder.process.pid}`,
    );
    holder.process.kill('SIGKILL');
    await holder.exited;
    session.login(login, password);
    session.logout();
    expect(caseCount(dir)).toBe(5);
  });
});
