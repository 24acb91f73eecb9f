import { describe, expect, it } from 'vitest';
import type { AppStatus, SessionUser } from '../../../electron/contract';
import { decideMemory } from './memoryOwner';

const user = (staffId: number): SessionUser => ({
  staffId,
  login: `u${staffId}`,
  displayName: 'x',
  role: 'worker',
});
const unlocked = (staffId: number): AppStatus => ({
  initialized: true,
  session: { state: 'unlocked', user: user(staffId) },
  municipalityName: 'みどり町',
  idleLockMinutes: 10,
});
const locked = (staffId: number): AppStatus => ({
  initialized: true,
  session: { state: 'locked', user: user(staffId) },
});
const loggedOut: AppStatus = { initialized: true, session: { state: 'loggedOut' } };

describe('decideMemory', () => {
  it.each([
    ['first login keeps memory', null, unlocked(1), { owner: 1, reset: false }],
    [
      'lock and unlock by the same user keep it (drafts survive)',
      1,
      locked(1),
      { owner: 1, reset: false },
    ],
    ['same user again', 1, unlocked(1), { owner: 1, reset: false }],
    ['another user after the lock screen drops it', 1, unlocked(2), { owner: 2, reset: true }],
    ['logout drops it', 1, loggedOut, { owner: null, reset: true }],
    ['logged out with nothing held', null, loggedOut, { owner: null, reset: false }],
  ] as const)('%s', (_label, owner, status, decision) => {
    expect(decideMemory(owner, status)).toEqual(decision);
  });
});
