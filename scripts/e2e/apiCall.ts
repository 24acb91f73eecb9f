import type { Page } from '@playwright/test';
import type { CallInput, CallName, CallOutput, Envelope } from '../../electron/contract';
import type { Harness } from '../harness/startHarness';
import { addDaysTo, japanDateOf } from '../../electron/contract/japaneseDate/japanTime';

/**
 * Makes one contract call straight to the harness, as the logged-in browser session, to set up
 * data a test needs without going through other screens. Throws with the Japanese message.
 */
export async function apiCall<N extends CallName>(
  page: Page,
  harness: Harness,
  name: N,
  input: CallInput<N>,
): Promise<CallOutput<N>> {
  const response = await page.request.post(`${harness.origin}/api/call`, {
    headers: { 'X-Kasane-Token': harness.token, 'Content-Type': 'application/json' },
    data: { name, input },
  });
  const envelope = (await response.json()) as Envelope<CallOutput<N>>;
  if (!envelope.ok) throw new Error(`${name}: ${envelope.code} ${envelope.message}`);
  return envelope.value;
}

/** Today in Japan, `days` before, as ISO: test data stays in the past whenever the test runs. */
export function japanDaysAgo(days: number): string {
  return addDaysTo(japanDateOf(new Date()), -days);
}
