import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from '../../electron/ipc/dispatch';
import type { ConnectionSetup } from '../../electron/services/app/connectionSetup';
import { handlers } from '../../electron/ipc/handlerTable';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock, type Clock } from '../../electron/services/clock';
import { createWebHandler } from '../web/webHandler';

export const rendererOutDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export type HarnessOptions = {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  clock?: Clock;
  rendererDir?: string;
  log?: (line: string) => void;
  /** The desktop app's first-run choice, for E2E of its screens (the harness has none by default). */
  connectionSetup?: ConnectionSetup;
};

export type Harness = {
  /** The address to open, with the run's token in the fragment (never sent to the server). */
  url: string;
  origin: string;
  token: string;
  session: SessionManager;
  close: () => Promise<void>;
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
    connectionSetup: options.connectionSetup ?? null,
    logError: (error, name) =>
      options.log?.(
        `[${name}] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
  });
  const rendererDir = path.resolve(options.rendererDir ?? rendererOutDir);
  let allowedHosts = new Set<string>();
  const server = http.createServer(
    createWebHandler({
      rendererDir,
      hostAllowed: (host) => allowedHosts.has(host),
      call: async (req, name, input) => {
        const sender = req.headers['x-kasane-token'];
        const envelope = await dispatch(
          typeof sender === 'string' ? sender : undefined,
          name,
          input,
        );
        const status = !envelope.ok && envelope.code === 'BAD_SENDER' ? 401 : 200;
        return { status, envelope };
      },
    }),
  );

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
