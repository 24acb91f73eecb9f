import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { startHarness, type Harness } from './startHarness';

let harness: Harness;
let dataDir: string;
let rendererDir: string;

beforeAll(async () => {
  dataDir = createTempDir();
  rendererDir = createTempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kasane</title>');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'do not serve');
  harness = await startHarness({ dataDir, port: 0, rendererDir });
});
afterAll(async () => {
  await harness.close();
  for (const dir of [dataDir, rendererDir]) fs.rmSync(dir, { recursive: true, force: true });
});

type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** A raw request, so Host and other headers can be forged as an attacker would. */
function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  const url = new URL(harness.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (body: unknown, token: string | undefined, extra: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: '/api/call',
    headers: {
      'Content-Type': 'application/json',
      ...(token === undefined ? {} : { 'X-Kasane-Token': token }),
      ...extra,
    },
    body: JSON.stringify(body),
  });

describe('web harness', () => {
  it('listens on 127.0.0.1 only and prints the token in the URL fragment', () => {
    expect(harness.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(harness.url).toBe(`${harness.origin}/#token=${harness.token}`);
  });

  it('answers a call that carries the token', async () => {
    const reply = await call({ name: 'app.status', input: {} }, harness.token);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { initialized: false } });
  });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'x'.repeat(43)],
    ['an empty token', ''],
  ])('refuses a call with %s', async (_label, token) => {
    const reply = await call({ name: 'app.status', input: {} }, token);
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'BAD_SENDER' });
  });

  it('refuses a forged Host header (DNS rebinding)', async () => {
    const reply = await call({ name: 'app.status', input: {} }, harness.token, {
      Host: 'evil.example:80',
    });
    expect(reply.status).toBe(421);
  });

  it('refuses form posts and GETs to the API (no cross-site simple requests)', async () => {
    const form = await request({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'text/plain', 'X-Kasane-Token': harness.token },
      body: '{"name":"app.status","input":{}}',
    });
    expect(form.status).toBe(405);
    expect((await request({ path: '/api/call' })).status).toBe(405);
  });

  it('refuses a body that is not JSON', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', 'X-Kasane-Token': harness.token },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const attempt of [
      '/../' + path.basename(dataDir) + '/secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fsecret.txt',
    ]) {
      const reply = await request({ path: attempt });
      expect(reply.body).not.toContain('do not serve');
      expect(reply.body).not.toContain('root:');
    }
  });
});
