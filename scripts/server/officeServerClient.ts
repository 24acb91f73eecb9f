import https from 'node:https';
import type { Envelope } from '../../electron/contract/envelope';
import { sessionCookieName } from './sessionCookie';

/**
 * A member of staff's browser, as tests and the bench play it: one keep-alive connection pool
 * that trusts exactly the server's certificate (its PEM, whatever name it was reached by), the
 * session cookie it was given, and calls sent with the server's own Origin like its page.
 */
export class OfficeServerClient {
  private cookie: string | null = null;
  private readonly agent: https.Agent;
  private readonly url: URL;

  constructor(
    readonly origin: string,
    certificatePem: string,
    options: { maxSockets?: number } = {},
  ) {
    this.url = new URL(origin);
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: options.maxSockets ?? 2,
      ca: certificatePem,
      // Pinned by `ca` (the one self-signed certificate); staff may reach it by any address.
      checkServerIdentity: () => undefined,
    });
  }

  /** One contract call; the envelope as the server sent it (transport failures throw). */
  async call<T = unknown>(name: string, input: unknown, timeoutMs = 20_000): Promise<Envelope<T>> {
    const body = JSON.stringify({ name, input });
    const reply = await new Promise<{ status: number; text: string; setCookie: string[] }>(
      (resolve, reject) => {
        const req = https.request(
          {
            host: this.url.hostname,
            port: this.url.port,
            method: 'POST',
            path: '/api/call',
            agent: this.agent,
            timeout: timeoutMs,
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
              Origin: this.origin,
              ...(this.cookie ? { Cookie: this.cookie } : {}),
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => (text += chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                text,
                setCookie: res.headers['set-cookie'] ?? [],
              }),
            );
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(body);
      },
    );
    const name0 = sessionCookieName(true);
    for (const header of reply.setCookie) {
      const pair = header.split(';')[0] ?? '';
      if (pair.startsWith(`${name0}=`)) this.cookie = pair.endsWith('=') ? null : pair;
    }
    return JSON.parse(reply.text) as Envelope<T>;
  }

  /** The value of a call that must succeed (throws with the server's message otherwise). */
  async value<T = unknown>(name: string, input: unknown): Promise<T> {
    const envelope = await this.call<T>(name, input);
    if (!envelope.ok) throw new Error(`${name}: ${envelope.code} ${envelope.message}`);
    return envelope.value;
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
