import type http from 'node:http';
import type { Envelope } from '../../electron/contract/envelope';
import { maxImportFileBytes } from '../../electron/contract/schemas/import';
import { rendererResponseHeaders } from '../../electron/main/rendererFiles';
import { serveStatic } from './serveStatic';

// The largest call is an import of a 10 MB workbook, sent as base64 (4/3 of it) in JSON; the
// contract refuses a larger file with its own Japanese message, so the body limit must pass it.
export const maxBodyBytes = Math.ceil((maxImportFileBytes * 4) / 3) + 64 * 1024;

/** The desktop app's headers (CSP, nosniff, no-store, no referrer), plus isolation from other sites. */
export const securityHeaders: Readonly<Record<string, string>> = {
  ...rendererResponseHeaders,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** What answering one call produced: the HTTP status, the envelope and any extra headers. */
export type CallReply = {
  status: number;
  envelope: Envelope<unknown>;
  headers?: Record<string, string>;
};

export type WebHandlerOptions = {
  /** The built renderer, served for every GET that is not a call. */
  rendererDir: string;
  /** Whether a request's Host is one this server answers for (DNS rebinding). */
  hostAllowed: (host: string) => boolean;
  /** Answers a POST /api/call whose JSON body was read and parsed. */
  call: (req: http.IncomingMessage, name: unknown, input: unknown) => Promise<CallReply>;
  /** Answers GET /api/events (the office server's change stream); absent, the path is 404. */
  events?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
  /** Where an unexpected failure of the handler itself is reported. */
  logError?: (error: unknown) => void;
};

class BodyTooLarge extends Error {}

/**
 * The one HTTP front of the renderer and the dispatcher, for the web harness and the office
 * server: the Host check, one POST JSON endpoint with a body limit, and the renderer's files
 * (GET and HEAD only) with the app's security headers. Who the caller is, and over what
 * transport, is the caller's `call`.
 */
export function createWebHandler(
  options: WebHandlerOptions,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, {
          ok: false,
          code: 'VALIDATION',
          message: '送られたデータが大きすぎます。',
        });
        // The rest of the upload is not read: close rather than drain it.
        res.once('finish', () => req.destroy());
        return;
      }
      sendJson(res, 400, {
        ok: false,
        code: 'VALIDATION',
        message: '要求の形式が正しくありません。',
      });
      return;
    }
    const { name, input } = (typeof body === 'object' && body !== null ? body : {}) as {
      name?: unknown;
      input?: unknown;
    };
    const reply = await options.call(req, name, input);
    sendJson(res, reply.status, reply.envelope, reply.headers);
  }

  return (req, res) => {
    if (!options.hostAllowed(req.headers.host ?? '')) {
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
      handleCall(req, res).catch((error: unknown) => {
        options.logError?.(error);
        if (!res.headersSent) res.writeHead(500, securityHeaders);
        res.end();
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    if (req.url === '/api/events') {
      // The harness (one PC, one person) has no one else's changes to tell: 404 ends the
      // browser's EventSource for good.
      if (options.events && req.method === 'GET') options.events(req, res);
      else res.writeHead(404, securityHeaders).end();
      return;
    }
    serveStatic(options.rendererDir, req.url ?? '/', res, securityHeaders);
  };
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBodyBytes) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(
  res: http.ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
  });
  res.end(JSON.stringify(value));
}
