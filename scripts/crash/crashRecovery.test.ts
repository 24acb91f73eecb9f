import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { createTempDir } from '../../db/testing/createTestDb';
import { dataPaths } from '../../electron/services/app/dataPaths';
import { initializeDataFolder } from '../../electron/services/setup/initializeDataFolder';
import { bundleChild, startChild, type Child } from './childProcess.testing';
import { crashInvariantViolations, parseReported, type Reported } from './crashInvariants';

// 200 SIGKILLs at random points of a writer's life (opening and migrating, in the middle of a
// transaction, between two), each followed by opening the database in this process and
// checking that it is whole and that every transaction is there wholly or not at all.
const iterations = Number(process.env.KASANE_CRASH_ITERATIONS ?? 200);

let root: string;
let bundle: string;
let databasePath: string;
let keyHex: string;

beforeAll(async () => {
  root = createTempDir('kasane-crash-');
  bundle = await bundleChild(path.join('scripts', 'crash', 'crashWriter.ts'), 'crashWriter');
  const dir = path.join(root, 'data');
  const setUp = initializeDataFolder(
    dir,
    {
      login: 'kanri',
      displayName: '管理 太郎',
      password: 'crash-test-1',
      municipalityName: '試験町',
    },
    { now: () => new Date() },
  );
  databasePath = dataPaths(dir).database;
  keyHex = setUp.dataKey.toString('hex');
}, 60_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

/** A small deterministic generator: the same kill points on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('a writer killed with SIGKILL at random points', () => {
  it(`leaves a whole database with each transaction all or nothing, ${iterations} times`, async () => {
    const started = Date.now();
    const next = random(8);
    const reported: Reported = { intake: [], household: [], plan: [] };
    const failures: string[] = [];
    let killedWhileWriting = 0;
    // Writer k starts with transaction kind k mod 3, so kills hit intakes, households and plans.
    const spawnWriter = (k: number) =>
      startChild(bundle, [databasePath, keyHex, sourceMigrationsFolder, String(k)]);
    // The next writer boots while this process checks the database (it waits for "go").
    let waiting: Child = spawnWriter(0);
    for (let i = 0; i < iterations; i += 1) {
      const child = waiting;
      child.process.stdin.write('go\n');
      waiting = spawnWriter(i + 1);
      if (i % 4 === 0) {
        await sleep(Math.floor(next() * 30));
      } else {
        // Kill after the writer has committed 1–3 transactions (counted from its own reports,
        // not from the clock, so a busy machine changes nothing), a few ms into the next one.
        await child.waitFor((line) => line === 'ready');
        await child.waitForLineCount(2 + Math.floor(next() * 3));
        await sleep(Math.floor(next() * 5));
      }
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal).toBe('SIGKILL');
      const commits = parseReported(child.lines);
      if (child.lines.length > 1) killedWhileWriting += 1;
      reported.intake.push(...commits.intake);
      reported.household.push(...commits.household);
      reported.plan.push(...commits.plan);

      const opened = openDatabase({ path: databasePath, key: Buffer.from(keyHex, 'hex') });
      try {
        const broken = crashInvariantViolations(opened.sqlite, opened.db, reported);
        if (broken.length > 0) failures.push(`kill ${i}: ${broken.join('; ')}`);
      } finally {
        opened.close();
      }
    }
    waiting.process.kill('SIGKILL');
    await waiting.exited;
    const seconds = (Date.now() - started) / 1000;
    console.info(
      `crash test: ${iterations} kills in ${seconds.toFixed(1)} s; ${killedWhileWriting} while writing; ` +
        `${reported.intake.length} cases, ${reported.household.length} households, ${reported.plan.length} plans committed`,
    );
    expect(failures).toEqual([]);
    // The test proves something only if most kills hit a writer at work.
    expect(killedWhileWriting).toBeGreaterThan(iterations / 2);
  }, 900_000); // generous: on a loaded 2-core machine 200 kills took 260 s
});

describe('the crash checks themselves', () => {
  it('catch a torn transaction (a household missing a member, a case missing its audit row)', () => {
    const opened = openDatabase({ path: databasePath, key: Buffer.from(keyHex, 'hex') });
    const copy = path.join(root, 'torn.db');
    try {
      opened.sqlite.prepare('VACUUM INTO ?').run(copy);
    } finally {
      opened.close();
    }
    const torn = openDatabase({ path: copy, key: Buffer.from(keyHex, 'hex') });
    try {
      expect(crashInvariantViolations(torn.sqlite, torn.db, parseReported([]))).toEqual([]);
      torn.sqlite.pragma('foreign_keys = OFF');
      torn.sqlite.exec(`
        DROP TRIGGER audit_log_no_delete;
        DELETE FROM person WHERE id = (SELECT min(p.id) FROM person p JOIN household h
          ON h.id = p.household_id WHERE h.memo = 'crash-bulk');
        DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'case.intake');`);
      const broken = crashInvariantViolations(torn.sqlite, torn.db, parseReported([]));
      expect(broken).toEqual(
        expect.arrayContaining([
          'a case without its case.intake audit row',
          'a bulk household without all 12 members or its audit row',
        ]),
      );
    } finally {
      torn.close();
    }
  });
});
