import crypto from 'node:crypto';

const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A recovery key: 260 random bits as 52 characters in groups of four, from an alphabet without
 * look-alikes (no 0/O, 1/I), so it can be printed and typed back by hand.
 */
export function newRecoveryKey(): string {
  const bytes = crypto.randomBytes(52);
  const chars = [...bytes].map((b) => alphabet[b % 32] ?? 'A');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += 4) groups.push(chars.slice(i, i + 4).join(''));
  return groups.join('-');
}

/** What a recovery key means however it was typed: full-width, lower case, with or without dashes. */
export function normalizeRecoveryKey(typed: string): string {
  return typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
