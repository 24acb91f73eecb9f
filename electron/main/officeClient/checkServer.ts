import { z } from 'zod';
import { requestServer, ServerRequestError, type ServerFailure } from './serverRequest';
import type { ServerAddress } from './serverAddress';

/** What the connection check found. */
export type ServerCheck = { ok: true; fingerprint: string } | { ok: false; failure: ServerFailure };

// The part of app.status's envelope that says "a Kasane server answered".
const statusEnvelope = z.object({
  ok: z.literal(true),
  value: z.object({ initialized: z.boolean() }),
});

/**
 * The connection check of the first-run screen (pinned = null: read the fingerprint to show) and
 * of every start (pinned: refuse any other certificate): a TLS connection, the certificate's
 * fingerprint, then app.status, which only a Kasane server answers with its envelope.
 */
export async function checkServer(
  address: ServerAddress,
  pinned: string | null,
  timeoutMs = 10_000,
): Promise<ServerCheck> {
  try {
    const reply = await requestServer(
      address,
      pinned,
      {
        method: 'POST',
        path: '/api/call',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'app.status', input: {} }),
      },
      timeoutMs,
    );
    let parsed: unknown;
    try {
      parsed = JSON.parse(reply.body);
    } catch {
      parsed = null;
    }
    if (reply.status !== 200 || !statusEnvelope.safeParse(parsed).success) {
      return { ok: false, failure: { kind: 'notKasane', detail: `status ${reply.status}` } };
    }
    return { ok: true, fingerprint: reply.fingerprint };
  } catch (error) {
    if (error instanceof ServerRequestError) return { ok: false, failure: error.failure };
    throw error;
  }
}
