import { AppError } from '../../contract/errors';
import type { Clock } from '../clock';
import { describeWait, longestWaitMs } from './loginThrottle';

/** Wrong passwords one address may send (across every login) before it must wait. */
export const freeAddressFailures = 20;
const firstAddressWaitMs = 30_000;

type AddressRecord = { failures: number; lastFailureAt: number };

/**
 * Login protection per client address on the office server, beside the one per login: one PC
 * trying many logins (or one login from many PCs is the per-login guard's) waits after
 * twenty wrong passwords, 30 s and then twice as long each time, at most an hour. A right
 * password does not clear the count (one known account must not reset it); an hour without a
 * failure does. Kept in memory: a restart forgets it, and the per-login guard remains on disk.
 */
export class AddressThrottle {
  private readonly records = new Map<string, AddressRecord>();

  constructor(private readonly clock: Clock) {}

  /** Throws TOO_MANY_ATTEMPTS, with the wait in Japanese, while this address must wait. */
  check(address: string): void {
    const until = this.retryAt(address);
    if (until !== null) {
      const now = this.clock.now();
      throw new AppError(
        'TOO_MANY_ATTEMPTS',
        `このパソコンからのログインの失敗が続いたため、しばらくログインできません。${describeWait(new Date(until), now)}にもう一度お試しください。`,
      );
    }
  }

  /** Counts one more wrong password from this address. */
  fail(address: string): void {
    const now = this.clock.now().getTime();
    const record = this.current(address, now);
    this.records.set(address, { failures: (record?.failures ?? 0) + 1, lastFailureAt: now });
    if (this.records.size > 10_000) this.forgetOld(now);
  }

  private retryAt(address: string): number | null {
    const now = this.clock.now().getTime();
    const record = this.current(address, now);
    if (!record || record.failures < freeAddressFailures) return null;
    const wait = Math.min(
      firstAddressWaitMs * 2 ** (record.failures - freeAddressFailures),
      longestWaitMs,
    );
    const until = record.lastFailureAt + wait;
    return until > now ? until : null;
  }

  private current(address: string, now: number): AddressRecord | undefined {
    const record = this.records.get(address);
    if (record && now - record.lastFailureAt > longestWaitMs) {
      this.records.delete(address);
      return undefined;
    }
    return record;
  }

  private forgetOld(now: number): void {
    for (const [address, record] of this.records) {
      if (now - record.lastFailureAt > longestWaitMs) this.records.delete(address);
    }
  }
}
