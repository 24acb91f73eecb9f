import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { handlers } from '../../electron/ipc/handlerTable';
import { rendererResponseHeaders } from '../../electron/main/rendererFiles';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock, type Clock } from '../../electron/services/clock';
import { serveStatic } from './serveStatic';
import { maxImportFileBytes } from '../../electron/contract/schemas/import';

export const rendererOutDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export type HarnessOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  clock?: Clock;
  rendererDir?: string;
  log?: (line: string) => void;
};

export type Harness = {
  /** The address to open, with the run's token in the fragment (never sent to the server). */
  url: string;
  origin: string;
  token: string;
  session: SessionManager;
  close: () => Promise<void>;
};

// The largest call is an import of a 10 MB workbook, sent as base64 (4/3 of it) in JSON; the
// contract refuses a larger file with its own Japanese message, so the body limit must pass it.
const maxBodyBytes = Math.ceil((maxImportFileBytes * 4) / 3) + 64 * 1024;

// The desktop app's headers (CSP, nosniff, no-store, no referrer), plus isolation from other sites.
const securityHeaders = {
  ...rendererResponseHeaders,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The web harness: the same renderer and the same dispatcher as the desktop app, over HTTP on
 * 127.0.0.1 only. Every call must carry this run's random token; requests for another Host
 * (DNS rebinding) and cross-site posts are refused. A development and test tool, never shipped.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const clock = options.clock ?? systemClock;
  const token = crypto.randomBytes(32).toString('base64url');
  const session = new SessionManager({ dataDir: options.dataDir, clock, channel: 'web' });
  const dispatch = createDispatcher<string | undefined>({
    isTrustedSender: (sent) => typeof sent === 'string' && safeEqual(sent, token),
    sessionOf: () => session,
    clock,
    handlers,
    logError: (error, name) =>
      options.log?.(
        `[${name}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
  });
  const rendererDir = path.resolve(options.rendererDir ?? rendererOutDir);
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, securityHeaders).end();
      return;
    }
    if (req.url === '/api/call') {
      if (
        req.method !== 'POST' ||
        !(req.headers['content-type'] ?? '').startsWith('application/json')
      ) {
        res.writeHead(405, securityHeaders).end();
        return;
      }
      void handleCall(req, res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    serveStatic(rendererDir, req.url ?? '/', res, securityHeaders);
  });

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      sendJson(res, 400, {
        ok: false,
        code: 'VALIDATION',
        message: '要求の形式が正しくありません。',
      });
      return;
    }
    const sender = req.headers['x-kasane-token'];
    const { name, input } = (typeof body === 'object' && body !== null ? body : {}) as {
      name?: unknown;
      input?: unknown;
    };
    const envelope = await dispatch(typeof sender === 'string' ? sender : undefined, name, input);
    const status = !envelope.ok && envelope.code === 'BAD_SENDER' ? 401 : 200;
    sendJson(res, status, envelope);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // The main side locks on its own when no call arrives for the idle time (the tab may be gone).
  const idleTimer = setInterval(() => session.checkIdle(), 30_000);
  idleTimer.unref();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    session,
    close: async () => {
      clearInterval(idleTimer);
      session.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(value));
}
