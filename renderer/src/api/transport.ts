import type { CallName, Envelope } from '../../../electron/contract';
import { ja } from '../i18n/ja';
import { ApiError } from './ApiError';
import { harnessToken } from './harnessToken';
import { parseEnvelope } from './parseEnvelope';

async function postToHarness(name: CallName, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch('/api/call', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kasane-Token': harnessToken() },
      body: JSON.stringify({ name, input }),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError('TRANSPORT', ja.transport.unreachable);
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ApiError('TRANSPORT', ja.transport.malformed);
  }
}

/**
 * Sends one call to the main side: through the Electron preload when it is there, otherwise to
 * the web harness over HTTP with this run's token. The only place that knows the transports.
 */
export async function sendCall(name: CallName, input: unknown): Promise<Envelope<unknown>> {
  const bridge = window.kasane;
  let raw: unknown;
  if (bridge) {
    try {
      raw = await bridge.call(name, input);
    } catch {
      throw new ApiError('TRANSPORT', ja.transport.unreachable);
    }
  } else {
    raw = await postToHarness(name, input);
  }
  const envelope = parseEnvelope(raw);
  if (!envelope) throw new ApiError('TRANSPORT', ja.transport.malformed);
  return envelope;
}

/** Whether the app runs in the desktop shell (which can, e.g., save a PDF with a save dialog). */
export function isDesktop(): boolean {
  return window.kasane !== undefined;
}
