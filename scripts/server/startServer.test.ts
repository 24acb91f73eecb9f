import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import {
  adminLogin,
  adminPassword,
  setUpSession,
} from '../../electron/services/auth/sessionManager.testing';
import { notReadyMessage } from '../../electron/services/auth/sessionDatabase';
import { freeAddressFailures } from '../../electron/services/auth/loginThrottle';
import { maxBodyBytes } from '../web/webHandler';
import { createJsonLog } from './jsonLog';
import { runDueBackup, startServer, type OfficeServer } from './startServer';
import { loadTlsCredentials, type TlsCredentials } from './tlsCredentials';

const workerLogin = 'soudan';
const workerPassword = 'soudan-pass-1';

let server: OfficeServer;
let credentials: TlsCredentials;
let fixture: ReturnType<typeof setUpSession>;
let rendererDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  fixture = setUpSession();
  fixture.session.createStaffAccount({
    login: workerLogin,
    displayName: '相談 一郎',
    role: 'worker',
    password: workerPassword,
  });
  fixture.session.shutdown();
  rendererDir = createTempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kasane</title>');
  credentials = await loadTlsCredentials({ dataDir: fixture.dir, listenHost: '127.0.0.1' });
  server = await startServer({
    dataDir: fixture.dir,
    host: '127.0.0.1',
    port: 0,
    tls: credentials,
    log: createJsonLog((line) => logLines.push(line)),
    clock: fixture.clock,
    rendererDir,
    timeouts: { headersMs: 1000, requestMs: 3000 },
  });
}, 60_000);

afterAll(async () => {
  await server.close();
  fixture.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

type Reply = {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  fingerprint: string;
};

/** A raw HTTPS request that trusts only the server's own certificate (as a pinned client would). */
function request(options: {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Reply> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        ca: credentials.cert,
        agent: false,
      },
      (res) => {
        const socket = res.socket;
        const fingerprint =
          socket instanceof tls.TLSSocket ? socket.getPeerCertificate().fingerprint256 : '';
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, headers: res.headers, fingerprint }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A call as the server's own page makes it, with this browser's cookie if it has one. */
async function call(
  name: string,
  input: unknown,
  cookie: string | null,
  extra: Record<string, string> = {},
) {
  const reply = await request({
    method: 'POST',
    path: '/api/call',
    headers: {
      'Content-Type': 'application/json',
      Origin: server.origin,
      ...(cookie ? { Cookie: cookie } : {}),
      ...extra,
    },
    body: JSON.stringify({ name, input }),
  });
  return { ...reply, envelope: JSON.parse(reply.body) as Record<string, unknown> };
}

function cookieOf(reply: Reply): string {
  const set = reply.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : undefined;
  if (!first) throw new Error('no cookie set');
  return first.split(';')[0] ?? '';
}

describe('the office server', () => {
  it('serves the renderer over HTTPS with the certificate whose fingerprint it prints', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('Kasane');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    expect(reply.fingerprint).toBe(credentials.fingerprint);
    expect(credentials.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('waits for a 管理者 to open the data; then two staff work at once, each in their own session', async () => {
    const early = await call('auth.login', { login: workerLogin, password: workerPassword }, null);
    expect(early.envelope).toEqual({ ok: false, code: 'NOT_READY', message: notReadyMessage });
    expect(early.headers['set-cookie']).toBeUndefined();

    const admin = await call('auth.login', { login: adminLogin, password: adminPassword }, null);
    expect(admin.envelope).toMatchObject({ ok: true, value: { login: adminLogin } });
    const setCookie = String(admin.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-kasane-session=[A-Za-z0-9_-]{43}; /);
    for (const attribute of ['Path=/', 'HttpOnly', 'SameSite=Strict', 'Secure']) {
      expect(setCookie).toContain(attribute);
    }
    const adminCookie = cookieOf(admin);
    const worker = await call('auth.login', { login: workerLogin, password: workerPassword }, null);
    const workerCookie = cookieOf(worker);

    const asAdmin = await call('app.status', {}, adminCookie);
    const asWorker = await call('app.status', {}, workerCookie);
    const asNobody = await call('app.status', {}, null);
    expect(asAdmin.envelope).toMatchObject({ value: { session: { user: { login: adminLogin } } } });
    expect(asWorker.envelope).toMatchObject({
      value: { session: { state: 'unlocked', user: { login: workerLogin } } },
    });
    expect(asNobody.envelope).toMatchObject({ value: { session: { state: 'loggedOut' } } });
    expect(server.registry.list().map((s) => [s.user.login, s.origin.address])).toEqual([
      [adminLogin, '127.0.0.1'],
      [workerLogin, '127.0.0.1'],
    ]);

    // The 相談員 logs out: the cookie is cleared, the 管理者 works on.
    const out = await call('auth.logout', {}, workerCookie);
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await call('staff.list', {}, adminCookie)).envelope).toMatchObject({ ok: true });
    expect((await call('staff.list', {}, workerCookie)).envelope).toMatchObject({
      code: 'LOGGED_OUT',
    });
  });

  it('makes the daily backup as someone at work, once a day', () => {
    const lines: string[] = [];
    const log = createJsonLog((line) => lines.push(line));
    runDueBackup(server.registry, log);
    runDueBackup(server.registry, log);
    const made = lines.filter((line) => line.includes('"event":"backup.made"'));
    expect(made).toHaveLength(1);
    const { file } = JSON.parse(made[0] ?? '{}') as { file: string };
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses calls from other sites or without an Origin, even with a valid cookie, changing nothing', async () => {
    const login = await call('auth.login', { login: adminLogin, password: adminPassword }, null);
    const cookie = cookieOf(login);
    const attempts: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: server.origin.replace('https:', 'http:') },
      { Origin: server.origin, 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const reply = await call('auth.logout', {}, cookie, headers);
      expect(reply.status).toBe(403);
      expect(reply.envelope).toMatchObject({ ok: false, code: 'BAD_SENDER' });
    }
    const bare = await request({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify({ name: 'auth.logout', input: {} }),
    });
    expect(bare.status).toBe(403);
    const status = await call('app.status', {}, cookie);
    expect(status.envelope).toMatchObject({ value: { session: { state: 'unlocked' } } });
  });

  it('refuses an oversized body without reading it all', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/call',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.origin,
        'Content-Length': String(maxBodyBytes + 1),
      },
      body: Buffer.alloc(maxBodyBytes + 1, 0x20),
    }).catch((error: unknown) => ({ status: -1, error }));
    // Either the 413 arrives or the socket closes while the upload is still going.
    expect([413, -1]).toContain(reply.status);
  });

  it('drops a client that sends its headers too slowly', async () => {
    const url = new URL(server.origin);
    const started = Date.now();
    const closed = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect(
        { host: url.hostname, port: Number(url.port), ca: credentials.cert },
        () => socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'),
      );
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      setTimeout(() => {
        socket.destroy();
        resolve('still open');
      }, 8000);
    });
    expect(closed).not.toBe('still open');
    expect(closed === '' || closed.startsWith('HTTP/1.1 408')).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a second server on the same data folder, and plain HTTP off loopback', async () => {
    const log = createJsonLog(() => undefined);
    const base = { dataDir: fixture.dir, port: 0, log, rendererDir };
    await expect(
      startServer({ ...base, host: '127.0.0.1', tls: credentials }),
    ).rejects.toMatchObject({
      code: 'FOLDER_IN_USE',
      message: expect.stringContaining('事務所サーバー') as unknown,
    });
    await expect(startServer({ ...base, host: '0.0.0.0', tls: null })).rejects.toMatchObject({
      code: 'NOT_AVAILABLE',
    });
  });

  it('makes one address wait after many wrong passwords, whatever logins it tries', async () => {
    for (let n = 0; n < freeAddressFailures; n += 1) {
      const reply = await call('auth.login', { login: `ghost${n}`, password: 'wrong-pass' }, null);
      expect(reply.envelope).toMatchObject({ code: 'WRONG_PASSWORD' });
    }
    const refused = await call('auth.login', { login: adminLogin, password: adminPassword }, null);
    expect(refused.status).toBe(429);
    expect(refused.envelope).toMatchObject({ ok: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(String(refused.envelope.message)).toContain('このパソコンからのログインの失敗');
    fixture.clock.advance(31_000);
    const later = await call('auth.login', { login: adminLogin, password: adminPassword }, null);
    expect(later.envelope).toMatchObject({ ok: true });
  });

  it('logs one JSON object per line, never a password', () => {
    expect(logLines.length).toBeGreaterThan(10);
    for (const line of logLines) {
      const entry = JSON.parse(line) as { level: string; event: string; time: string };
      expect(entry.time).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(['info', 'warn', 'error']).toContain(entry.level);
      expect(line).not.toContain(adminPassword);
      expect(line).not.toContain(workerPassword);
    }
    expect(logLines.some((line) => line.includes('"event":"login.failed"'))).toBe(true);
  });
});
