import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Envelope } from '../../electron/contract/envelope';
import { AppError } from '../../electron/contract/errors';
import { createDispatcher } from '../../electron/ipc/dispatch';
import { handlers } from '../../electron/ipc/handlerTable';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { serverMode, SessionRegistry } from '../../electron/services/auth/sessionRegistry';
import { backupCheckIntervalMs } from '../../electron/main/backupTimer';
import { systemClock, type Clock } from '../../electron/services/clock';
import { isInitialized } from '../../electron/services/setup/initializeDataFolder';
import { rendererOutDir } from '../harness/startHarness';
import { createWebHandler, securityHeaders } from '../web/webHandler';
import type { JsonLog } from './jsonLog';
import { LiveEvents } from './liveEvents';
import { isLoopback, urlHost } from './listenAddress';
import { readSessionCookie, sessionCookieHeader } from './sessionCookie';
import { fingerprintOf } from './tlsCredentials';

export type ServerOptions = {
  dataDir: string;
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** Key and certificate; null only for plain HTTP on a loopback address. */
  tls: { key: string; cert: string } | null;
  log: JsonLog;
  clock?: Clock;
  rendererDir?: string;
  migrationsFolder?: string;
  /** How long a client may take to send its headers, and its whole request (slow clients). */
  timeouts?: { headersMs: number; requestMs: number };
};

export type OfficeServer = {
  origin: string;
  registry: SessionRegistry;
  events: LiveEvents;
  close: () => Promise<void>;
};

/** Calls that try a password or the recovery key (throttled per login and per client address). */
const passwordCalls = new Set(['auth.login', 'auth.unlock', 'auth.recover']);

/** What a call carries to the dispatcher: the seat of its cookie's session, and whether it is same-origin. */
type Sender = { seat: SessionManager; sameOrigin: boolean };

/**
 * The office server: the same renderer and dispatcher as the desktop app, over HTTPS, for many
 * staff at once. Each browser login is its own session in one registry (an HttpOnly, Secure,
 * SameSite=Strict cookie carries its id); calls must come from the server's own page (Origin),
 * bodies are limited, slow clients time out, and wrong passwords are throttled per login and
 * per client address. The data folder is taken at start; the database opens at the first
 * 管理者 login and stays open until the server stops.
 */
export async function startServer(options: ServerOptions): Promise<OfficeServer> {
  const clock = options.clock ?? systemClock;
  const secure = options.tls !== null;
  if (!secure && !isLoopback(options.host)) {
    throw new AppError(
      'NOT_AVAILABLE',
      'HTTPS なしで待ち受けられるのはこのパソコンの中（127.0.0.1 など）だけです。',
    );
  }
  if (!isInitialized(options.dataDir)) {
    throw new AppError(
      'NOT_INITIALIZED',
      `データフォルダがまだ初期設定されていません: ${options.dataDir}\n先に「npm run cli -- init --data フォルダ」で初期設定してください。`,
    );
  }
  const registry = new SessionRegistry(
    {
      dataDir: options.dataDir,
      clock,
      channel: 'server',
      migrationsFolder: options.migrationsFolder,
    },
    serverMode,
  );
  registry.holdFolder();
  const { log } = options;
  const dispatch = createDispatcher<Sender>({
    isTrustedSender: (sender) => sender.sameOrigin,
    sessionOf: (sender) => sender.seat,
    clock,
    handlers,
    serverInfo: { fingerprint: options.tls ? fingerprintOf(options.tls.cert) : null },
    logError: (error, name) =>
      log('error', 'call.failed', {
        call: name,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  });
  const scheme = secure ? 'https' : 'http';
  const events = new LiveEvents(registry, log);

  async function call(req: http.IncomingMessage, name: unknown, input: unknown) {
    const address = req.socket.remoteAddress ?? 'unknown';
    const cookieId = readSessionCookie(req, secure);
    const seat = new SessionManager(registry, {
      sessionId: cookieId,
      origin: { channel: 'web', address },
    });
    const sameOrigin = isSameOrigin(req, scheme);
    const tries = typeof name === 'string' && passwordCalls.has(name) && sameOrigin;
    // Login protection (per login and per this address) is the services' LoginGuard, as on a
    // desktop PC; the server only answers a refused try with 429 and logs it.
    const envelope: Envelope<unknown> = await dispatch({ seat, sameOrigin }, name, input);
    const throttled = tries && !envelope.ok && envelope.code === 'TOO_MANY_ATTEMPTS';
    if (throttled) log('warn', 'login.throttled', { address, call: name });
    // What this call committed (or ended) reaches the other staff's screens now.
    events.publish();
    if (tries && !envelope.ok && envelope.code === 'WRONG_PASSWORD') {
      log('warn', 'login.failed', { address, call: name });
    }
    if (!sameOrigin)
      log('warn', 'call.crossOrigin', { address, origin: req.headers.origin ?? null });
    const headers: Record<string, string> = {};
    if (seat.sessionId !== cookieId) {
      headers['Set-Cookie'] = sessionCookieHeader(seat.sessionId, secure);
      if (seat.sessionId !== null) log('info', 'session.started', { address, call: String(name) });
    }
    const status = !envelope.ok && envelope.code === 'BAD_SENDER' ? 403 : throttled ? 429 : 200;
    return { status, envelope, headers };
  }

  const handler = createWebHandler({
    rendererDir: path.resolve(options.rendererDir ?? rendererOutDir),
    // Staff reach the server by its name or address, whatever IT chose; the Origin check and the
    // SameSite cookie are what keep other sites' pages out.
    hostAllowed: (host) => host !== '',
    call,
    events: (req, res) => events.open(req, res, readSessionCookie(req, secure), securityHeaders),
    logError: (error) => log('error', 'request.failed', { error: String(error) }),
  });
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      log('info', 'request', {
        method: req.method,
        path: (req.url ?? '').split('?')[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        address: req.socket.remoteAddress,
      });
    });
    handler(req, res);
  };
  const timeouts = options.timeouts ?? { headersMs: 10_000, requestMs: 120_000 };
  const serverOptions = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: 5_000,
    // Node looks for overdue requests on this interval; it must be shorter than the limits.
    connectionsCheckingInterval: Math.max(100, Math.min(30_000, timeouts.headersMs / 4)),
  };
  const server = options.tls
    ? secureServer(options.tls, serverOptions, listener, log)
    : http.createServer(serverOptions, listener);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    events.close();
    registry.shutdown();
    throw error;
  }
  // Sessions lock on their own after the idle time, even when their browser is gone.
  const idleTimer = setInterval(() => {
    registry.checkIdle();
    events.publish();
  }, 30_000);
  idleTimer.unref();
  // The daily backup, as on a desktop PC: made as someone at work, when none was verified today.
  const backupTimer = setInterval(() => runDueBackup(registry, log), backupCheckIntervalMs);
  backupTimer.unref();
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${scheme}://${urlHost(options.host)}:${port}`,
    registry,
    events,
    close: async () => {
      clearInterval(idleTimer);
      events.close();
      clearInterval(backupTimer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      registry.shutdown();
    },
  };
}

/**
 * Makes the daily backup when it is due, as the first staff member at work (the audit names
 * them, as on a desktop PC); nothing while no one is logged in. Failures are recorded by the
 * backup service (管理 shows them) and logged here.
 */
export function runDueBackup(registry: SessionRegistry, log: JsonLog): void {
  const atWork = registry.list().find((session) => session.unlocked);
  if (!atWork) return;
  try {
    const made = registry.backupIfDue(atWork.id);
    if (made) log('info', 'backup.made', { file: made.file });
  } catch (error) {
    log('error', 'backup.failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

/** The HTTPS server (TLS 1.2 or newer); failed handshakes are logged, not thrown. */
function secureServer(
  credentials: { key: string; cert: string },
  serverOptions: http.ServerOptions,
  listener: http.RequestListener,
  log: JsonLog,
): https.Server {
  const server = https.createServer(
    { ...serverOptions, key: credentials.key, cert: credentials.cert, minVersion: 'TLSv1.2' },
    listener,
  );
  server.on('tlsClientError', (error: Error) =>
    log('warn', 'tls.failed', { error: error.message }),
  );
  return server;
}

/**
 * Whether a call comes from the server's own page: its Origin names this scheme and the Host
 * the request was sent to, and the browser does not call it cross-site (Sec-Fetch-Site).
 */
function isSameOrigin(req: http.IncomingMessage, scheme: string): boolean {
  const { origin, host } = req.headers;
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return false;
  return origin !== undefined && host !== undefined && origin === `${scheme}://${host}`;
}
