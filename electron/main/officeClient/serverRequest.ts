import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import { sameFingerprint } from './certificateFingerprint';
import type { ServerAddress } from './serverAddress';

/** Why talking to the server failed, in terms the first-run and refusal screens explain. */
export type ServerFailure =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'certificateChanged'; fingerprint: string }
  | { kind: 'notKasane'; detail: string };

/** A failure as an error, so callers can `await` and still branch on the kind. */
export class ServerRequestError extends Error {
  constructor(readonly failure: ServerFailure) {
    super(failure.kind === 'certificateChanged' ? 'certificate changed' : failure.detail);
  }
}

/** An HTTP reply read whole (calls answer small JSON envelopes). */
export type ServerReply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  fingerprint: string;
};

/**
 * Opens a TLS connection and reads the server's certificate before a single byte of the request
 * is sent: chain and name are not checked (the certificate is self-signed, and staff may use any
 * of the server's addresses); the SHA-256 fingerprint is, against `pinned` when given.
 */
export function openServerConnection(
  address: ServerAddress,
  pinned: string | null,
  timeoutMs: number,
): Promise<{ socket: tls.TLSSocket; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: address.host,
      port: address.port,
      servername: net.isIP(address.host) ? undefined : address.host,
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
      ALPNProtocols: ['http/1.1'],
    });
    const timer = setTimeout(() => {
      fail({ kind: 'unreachable', detail: `no answer in ${timeoutMs} ms` });
    }, timeoutMs);
    const fail = (failure: ServerFailure) => {
      clearTimeout(timer);
      socket.destroy();
      reject(new ServerRequestError(failure));
    };
    socket.once('error', (error: Error) => fail({ kind: 'unreachable', detail: error.message }));
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.removeAllListeners('error');
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      if (!fingerprint) {
        fail({ kind: 'notKasane', detail: 'no certificate' });
        return;
      }
      if (pinned !== null && !sameFingerprint(fingerprint, pinned)) {
        fail({ kind: 'certificateChanged', fingerprint });
        return;
      }
      resolve({ socket, fingerprint });
    });
  });
}

/**
 * One HTTPS request to the office server over a connection whose certificate was checked first
 * (openServerConnection). Calls carry the server's own Origin, as its page does.
 */
export async function requestServer(
  address: ServerAddress,
  pinned: string | null,
  request: { method: string; path: string; headers?: Record<string, string>; body?: string },
  timeoutMs = 10_000,
): Promise<ServerReply> {
  const { socket, fingerprint } = await openServerConnection(address, pinned, timeoutMs);
  return new Promise((resolve, reject) => {
    // Plain http over the TLS socket checked above; no agent, so no connection of its own.
    const req = http.request(
      {
        host: address.host,
        port: address.port,
        method: request.method,
        path: request.path,
        headers: { Origin: address.origin, ...request.headers },
        createConnection: () => socket,
        timeout: timeoutMs,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, fingerprint }),
        );
        res.on('error', (error) =>
          reject(new ServerRequestError({ kind: 'unreachable', detail: error.message })),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (error) =>
      reject(new ServerRequestError({ kind: 'unreachable', detail: error.message })),
    );
    req.end(request.body);
  });
}
