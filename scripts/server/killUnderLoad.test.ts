import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withTransaction } from '../../db/database';
import { buildPersonWithCase } from '../../db/testing/caseBuilders';
import { createTempDir } from '../../db/testing/createTestDb';
import { notReadyMessage } from '../../electron/services/auth/sessionDatabase';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import {
  adminLogin,
  adminPassword,
  setUpSession,
} from '../../electron/services/auth/sessionManager.testing';
import { systemClock } from '../../electron/services/clock';
import { isHealthy, runDatabaseChecks } from '../cli/databaseChecks';
import { repoRoot } from '../desktop/bundleOptions';
import { bundleChild, startChild, type Child } from '../crash/childProcess.testing';
import { OfficeServerClient } from './officeServerClient';
import { tlsPaths } from './tlsCredentials';

// The office server killed with SIGKILL while several staff are adding notes: after a restart
// and the first 管理者 login, `verify` passes and every note a client was told was saved is
// there. Loopback only; bounded: 4 clients, the kill after 40 acknowledged notes or 20 s.

const workers = ['soudan1', 'soudan2', 'soudan3', 'soudan4'];
const workerPassword = 'soudan-pass-1';
let fixture: ReturnType<typeof setUpSession>;
let rendererDir: string;
let bundle: string;
let port: number;
const caseIds: number[] = [];
const children: Child[] = [];

beforeAll(async () => {
  fixture = setUpSession();
  for (const login of workers) {
    fixture.session.createStaffAccount({
      login,
      displayName: login,
      role: 'worker',
      password: workerPassword,
    });
  }
  const { db } = fixture.session.requireUnlocked(['admin']);
  withTransaction(db, (tx) => {
    for (const [i] of workers.entries()) {
      caseIds.push(buildPersonWithCase(tx, { name: `山田 ${i + 1}郎` }).caseId);
    }
  });
  fixture.session.shutdown();
  rendererDir = createTempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kasane</title>');
  bundle = await bundleChild(
    path.join('scripts', 'server', 'serverChild.testing.ts'),
    'serverChild',
  );
  port = await freePort();
}, 120_000);

afterAll(() => {
  for (const child of children) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  fixture.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
  fs.rmSync(bundle, { force: true });
});

async function startServerChild(): Promise<{ child: Child; origin: string }> {
  const child = startChild(bundle, [
    fixture.dir,
    String(port),
    rendererDir,
    path.join(repoRoot, 'db', 'migrations'),
  ]);
  children.push(child);
  const line = await child.waitFor((text) => text.includes('"event":"server.started"'), 60_000);
  const { url } = JSON.parse(line) as { url: string };
  return { child, origin: url };
}

function clientFor(origin: string): OfficeServerClient {
  return new OfficeServerClient(origin, fs.readFileSync(tlsPaths(fixture.dir).cert, 'utf8'));
}

it('keeps every acknowledged note through a SIGKILL under load, and verify passes', async () => {
  const first = await startServerChild();
  const admin = clientFor(first.origin);
  await admin.value('auth.login', { login: adminLogin, password: adminPassword });
  const clients = await Promise.all(
    workers.map(async (login) => {
      const client = clientFor(first.origin);
      await client.value('auth.login', { login, password: workerPassword });
      return client;
    }),
  );

  const acknowledged: { caseId: number; facts: string; id: number }[] = [];
  let failedAfterKill = 0;
  let killed = false;
  const deadline = Date.now() + 20_000;
  const writers = clients.map(async (client, i) => {
    const caseId = caseIds[i] ?? 0;
    for (let n = 0; Date.now() < deadline; n++) {
      const facts = `負荷試験 ${workers[i]} ${n}`;
      try {
        const envelope = await client.call<{ id: number }>(
          'note.create',
          { caseId, occurredAt: '2026-12-08T10:00', means: 'phone', facts },
          5_000,
        );
        if (!envelope.ok) throw new Error(`${envelope.code} ${envelope.message}`);
        acknowledged.push({ caseId, facts, id: envelope.value.id });
      } catch (error) {
        // Only the kill may interrupt a client; anything else is the test failing.
        if (!killed) throw error;
        failedAfterKill++;
        return;
      }
    }
  });
  const killer = (async () => {
    while (acknowledged.length < 40 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    killed = true;
    first.child.process.kill('SIGKILL');
    return first.child.exited;
  })();
  await Promise.all(writers);
  const exit = await killer;
  for (const client of [admin, ...clients]) client.close();
  expect(exit.signal).toBe('SIGKILL');
  expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  expect(failedAfterKill).toBeGreaterThan(0);

  // Restart: the lock left by the killed process is taken over; the database waits for a 管理者.
  const second = await startServerChild();
  const worker = clientFor(second.origin);
  const refused = await worker.call('auth.login', { login: workers[0], password: workerPassword });
  expect(refused.ok ? '' : refused.message).toBe(notReadyMessage);
  const restartedAdmin = clientFor(second.origin);
  await restartedAdmin.value('auth.login', { login: adminLogin, password: adminPassword });
  await worker.value('auth.login', { login: workers[0], password: workerPassword });
  const detail = await worker.value<{ notes: { id: number; facts: string }[] }>('case.get', {
    id: caseIds[0],
  });
  const seen = new Set(detail.notes.map((note) => note.id));
  for (const note of acknowledged.filter((entry) => entry.caseId === caseIds[0])) {
    expect(seen.has(note.id)).toBe(true);
  }
  worker.close();
  restartedAdmin.close();
  second.child.process.kill('SIGTERM');
  expect((await second.child.exited).code).toBe(0);

  // verify, as `npm run cli -- verify` runs it, and every acknowledged note by id and text.
  const session = new SessionManager({ dataDir: fixture.dir, clock: systemClock, channel: 'cli' });
  try {
    session.login(adminLogin, adminPassword);
    const { db } = session.requireUnlocked(['admin']);
    const report = runDatabaseChecks(db);
    expect(report.integrity).toEqual([]);
    expect(report.audit.problems).toEqual([]);
    expect(isHealthy(report)).toBe(true);
    const stored = new Map(
      db
        .all<{ id: number; facts: string }>(sql.raw('SELECT id, facts FROM progress_note'))
        .map((row) => [row.id, row.facts]),
    );
    for (const note of acknowledged) expect(stored.get(note.id)).toBe(note.facts);
    // Every login over the server names the PC it came from (here the loopback address).
    const logins = db
      .all<{ detail: string }>(sql.raw("SELECT detail FROM audit_log WHERE action = 'auth.login'"))
      .map((row) => JSON.parse(row.detail) as { channel: string; address?: string })
      .filter((detail) => detail.channel === 'web');
    expect(logins.length).toBeGreaterThanOrEqual(workers.length + 3);
    for (const detail of logins) expect(detail.address).toBe('127.0.0.1');
  } finally {
    session.shutdown();
  }
}, 180_000);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}
