import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../../db/testing/createTestDb';
import { createJsonLog } from '../../../scripts/server/jsonLog';
import { startServer, type OfficeServer } from '../../../scripts/server/startServer';
import { loadTlsCredentials, type TlsCredentials } from '../../../scripts/server/tlsCredentials';
import { OfficeServerClient } from '../../../scripts/server/officeServerClient';
import {
  adminLogin,
  adminPassword,
  setUpSession,
} from '../../services/auth/sessionManager.testing';
import { fingerprintLines, normalizeFingerprint, sameFingerprint } from './certificateFingerprint';
import { checkServer } from './checkServer';
import { connectionFailureMessage } from './connectionMessages';
import { createConnectionSetup } from './connectionSetupService';
import { wantsReconnect } from './reconnectOption';
import {
  connectionFileName,
  forgetConnectionChoice,
  readConnectionChoice,
  writeConnectionChoice,
} from './connectionChoice';
import { parseServerAddress, type ServerAddress } from './serverAddress';
import { requestServer } from './serverRequest';

// A real office server on 127.0.0.1 with a real self-signed certificate; a second certificate
// from another data folder plays the replaced (or impostor) server on the same address.
let fixture: ReturnType<typeof setUpSession>;
let rendererDir: string;
let otherDir: string;
let original: TlsCredentials;
let replacement: TlsCredentials;
let server: OfficeServer;
let address: ServerAddress;
const logLines: string[] = [];

async function start(tls: TlsCredentials, port: number): Promise<OfficeServer> {
  return startServer({
    dataDir: fixture.dir,
    host: '127.0.0.1',
    port,
    tls,
    log: createJsonLog((line) => logLines.push(line)),
    clock: fixture.clock,
    rendererDir,
  });
}

function at(server: OfficeServer): ServerAddress {
  const parsed = parseServerAddress(server.origin);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.address;
}

beforeAll(async () => {
  fixture = setUpSession();
  fixture.session.shutdown();
  rendererDir = createTempDir();
  otherDir = createTempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kasane</title>');
  original = await loadTlsCredentials({ dataDir: fixture.dir, listenHost: '127.0.0.1' });
  replacement = await loadTlsCredentials({ dataDir: otherDir, listenHost: '127.0.0.1' });
  server = await start(original, 0);
  address = at(server);
}, 60_000);

afterAll(async () => {
  await server.close();
  fixture.cleanup();
  for (const dir of [rendererDir, otherDir]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the connection check against a real server', () => {
  it('reads the fingerprint on the first connect: the one the server printed', async () => {
    const check = await checkServer(address, null);
    expect(check).toEqual({ ok: true, fingerprint: original.fingerprint });
  });

  it('passes with the pinned fingerprint, in any of the forms staff may have copied', async () => {
    expect((await checkServer(address, original.fingerprint)).ok).toBe(true);
    const plain = original.fingerprint.replaceAll(':', '').toLowerCase();
    expect((await checkServer(address, plain)).ok).toBe(true);
  });

  it('refuses a server whose certificate changed, before sending it anything', async () => {
    const port = Number(new URL(server.origin).port);
    await server.close();
    server = await start(replacement, port);
    const requestsBefore = logLines.filter((line) => line.includes('"event":"request"')).length;
    const check = await checkServer(address, original.fingerprint);
    expect(check).toEqual({
      ok: false,
      failure: { kind: 'certificateChanged', fingerprint: replacement.fingerprint },
    });
    // The request (app.status) never reached the server: the check happens before any byte.
    const requestsAfter = logLines.filter((line) => line.includes('"event":"request"')).length;
    expect(requestsAfter).toBe(requestsBefore);
    const message = connectionFailureMessage(check.ok ? never() : check.failure, {
      origin: address.origin,
      pinned: original.fingerprint,
    });
    expect(message.title).toBe('サーバーの証明書が変わっています。接続を止めました');
    expect(message.happened).toContain(fingerprintLines(replacement.fingerprint).join(' '));
    expect(message.happened).toContain(fingerprintLines(original.fingerprint).join(' '));
    expect(message.todo.join('\n')).toContain('情報システム担当者');
    expect(message.todo.join('\n')).toContain('--reconnect');
    // The new certificate passes only once it is pinned (after IT confirmed it).
    expect((await checkServer(address, replacement.fingerprint)).ok).toBe(true);
  });

  it('says unreachable when nothing listens, and not-Kasane for another HTTPS server', async () => {
    const closed = await freePort();
    const nobody = await checkServer(
      { ...address, port: closed, origin: `https://127.0.0.1:${closed}` },
      null,
      3000,
    );
    expect(nobody.ok ? 'ok' : nobody.failure.kind).toBe('unreachable');

    const other = https.createServer(
      { key: replacement.key, cert: replacement.cert },
      (_req, res) => res.writeHead(404).end('not here'),
    );
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherPort = (other.address() as net.AddressInfo).port;
    try {
      const check = await checkServer(
        { host: '127.0.0.1', port: otherPort, origin: `https://127.0.0.1:${otherPort}` },
        null,
      );
      expect(check.ok ? 'ok' : check.failure.kind).toBe('notKasane');
    } finally {
      other.closeAllConnections();
      await new Promise<void>((resolve) => other.close(() => resolve()));
    }
  });
});

describe('the server itself', () => {
  it('answers no connection call but the state (it must never probe addresses for a browser)', async () => {
    const call = async (name: string, input: unknown) =>
      JSON.parse(
        (
          await requestServer(address, null, {
            method: 'POST',
            path: '/api/call',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ name, input }),
          })
        ).body,
      ) as Record<string, unknown>;
    expect(await call('connection.state', {})).toEqual({ ok: true, value: { kind: 'notDesktop' } });
    for (const [name, input] of [
      ['connection.probe', { address: '127.0.0.1:22' }],
      ['connection.chooseLocal', {}],
      ['connection.retry', {}],
    ] as const) {
      expect(await call(name, input)).toMatchObject({ ok: false, code: 'NOT_AVAILABLE' });
    }
  });
});

describe('管理 → サーバー情報', () => {
  it('gives a 管理者 the fingerprint each PC shows on its first connect', async () => {
    const admin = new OfficeServerClient(server.origin, replacement.cert);
    try {
      expect((await admin.call('server.info', {})).ok).toBe(false);
      await admin.value('auth.login', { login: adminLogin, password: adminPassword });
      expect(await admin.value('server.info', {})).toEqual({
        kind: 'server',
        fingerprint: (await checkServer(address, null)).ok ? replacement.fingerprint : '',
      });
    } finally {
      admin.close();
    }
  });
});

describe('parseServerAddress', () => {
  it.each([
    ['kasane-sv', 'https://kasane-sv:8443'],
    ['192.168.10.5', 'https://192.168.10.5:8443'],
    ['192.168.10.5:9443', 'https://192.168.10.5:9443'],
    ['https://Kasane-SV.local:8443/', 'https://kasane-sv.local:8443'],
    ['  １９２．１６８．１０．５：８４４３ ', 'https://192.168.10.5:8443'],
    ['[fe80::1]:8443', 'https://[fe80::1]:8443'],
    ['::1', null],
  ])('%s → %s', (typed, origin) => {
    const parsed = parseServerAddress(typed);
    expect(parsed.ok ? parsed.address.origin : null).toBe(origin);
  });

  it.each([
    ['', '入力してください'],
    ['http://192.168.10.5:8443', 'https'],
    ['ftp://kasane-sv', 'https'],
    ['https://user:pw@kasane-sv', 'ユーザー名'],
    ['kasane-sv:8443/admin', '「/」'],
    ['kasane-sv:8443?x=1', '「/」'],
    ['kasane sv', '空白'],
    ['0.0.0.0:8443', '0.0.0.0'],
    ['kasane-sv:99999', '形が正しくありません'],
    ['kasane_sv!', '形が正しくありません'],
  ])('refuses %j', (typed, says) => {
    const parsed = parseServerAddress(typed);
    expect(parsed.ok ? '' : parsed.message).toContain(says);
  });
});

describe('fingerprints', () => {
  it('normalizes what staff copy and compares whole fingerprints only', () => {
    const fp = original.fingerprint;
    expect(normalizeFingerprint(fp.toLowerCase().replaceAll(':', ' '))).toBe(fp);
    expect(normalizeFingerprint(fp.slice(0, -3))).toBeNull();
    expect(sameFingerprint(fp, fp.replaceAll(':', ''))).toBe(true);
    expect(sameFingerprint(fp, replacement.fingerprint)).toBe(false);
    expect(sameFingerprint(fp, 'not a fingerprint')).toBe(false);
    expect(fingerprintLines(fp)).toHaveLength(4);
  });
});

describe('the saved choice (userData)', () => {
  it('is unset at first, then kept; a damaged file is reported, not guessed', () => {
    const dir = createTempDir();
    try {
      expect(readConnectionChoice(dir)).toEqual({ state: 'unset' });
      writeConnectionChoice(dir, { mode: 'local' });
      expect(readConnectionChoice(dir)).toEqual({ state: 'chosen', choice: { mode: 'local' } });
      const choice = {
        mode: 'server' as const,
        origin: address.origin,
        fingerprint: original.fingerprint,
        pinnedAt: '2026-12-08T00:00:00.000Z',
      };
      writeConnectionChoice(dir, choice);
      expect(readConnectionChoice(dir)).toEqual({ state: 'chosen', choice });
      expect(fs.statSync(path.join(dir, connectionFileName)).mode & 0o077).toBe(0);
      expect(() => writeConnectionChoice(dir, { ...choice, fingerprint: 'AB' })).toThrow();
      fs.writeFileSync(path.join(dir, connectionFileName), '{"mode":"server","origin":"http://x"}');
      expect(readConnectionChoice(dir).state).toBe('unreadable');
      fs.writeFileSync(path.join(dir, connectionFileName), '{');
      expect(readConnectionChoice(dir).state).toBe('unreadable');
      forgetConnectionChoice(dir);
      expect(readConnectionChoice(dir)).toEqual({ state: 'unset' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the first-run choice (createConnectionSetup) against the real server', () => {
  it('probes, pins what staff compared, opens the server; a changed certificate is refused', async () => {
    // By now the server answers with `replacement` (the test above restarted it).
    const dir = createTempDir();
    const opened: string[] = [];
    const setup = createConnectionSetup({
      userDataDir: dir,
      openServer: (choice) => opened.push(`${choice.origin} ${choice.fingerprint}`),
      now: () => new Date('2026-12-08T01:00:00Z'),
    });
    try {
      expect(setup.state()).toEqual({ kind: 'choose', unreadableFile: null });
      await expect(setup.probe('http://127.0.0.1')).rejects.toThrow('https');
      const probe = await setup.probe(address.origin.replace('https://', ''));
      expect(probe).toEqual({
        origin: address.origin,
        fingerprint: replacement.fingerprint,
        fingerprintLines: fingerprintLines(replacement.fingerprint),
      });

      // Staff compared another fingerprint than the server's: nothing saved, nothing opened.
      await expect(setup.connect(address.origin, original.fingerprint)).rejects.toThrow(
        'サーバーの証明書が、確かめたものと違います',
      );
      expect(readConnectionChoice(dir)).toEqual({ state: 'unset' });
      expect(opened).toEqual([]);

      await setup.connect(address.origin, replacement.fingerprint);
      expect(readConnectionChoice(dir)).toEqual({
        state: 'chosen',
        choice: {
          mode: 'server',
          origin: address.origin,
          fingerprint: replacement.fingerprint,
          pinnedAt: '2026-12-08T01:00:00.000Z',
        },
      });
      expect(opened).toEqual([]);
      expect(setup.state()).toEqual({ kind: 'connecting', origin: address.origin });
      await setup.retry();
      expect(opened).toEqual([`${address.origin} ${replacement.fingerprint}`]);

      // Next start, pinned to a certificate the server no longer has: refused and explained.
      writeConnectionChoice(dir, {
        mode: 'server',
        origin: address.origin,
        fingerprint: original.fingerprint,
        pinnedAt: '2026-12-01T00:00:00.000Z',
      });
      await expect(setup.retry()).rejects.toThrow('サーバーの証明書が変わっています');
      const state = setup.state();
      expect(state.kind).toBe('failed');
      expect(state.kind === 'failed' ? state.happened : '').toContain(
        fingerprintLines(replacement.fingerprint).join(' '),
      );
      expect(opened).toHaveLength(1);

      setup.chooseLocal();
      expect(setup.state()).toEqual({ kind: 'local' });
      expect(wantsReconnect(['Kasane.exe', '--reconnect'])).toBe(true);
      expect(wantsReconnect(['Kasane.exe'])).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function never(): never {
  throw new Error('expected a failure');
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
