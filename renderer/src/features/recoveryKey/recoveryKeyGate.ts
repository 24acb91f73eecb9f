import { useSyncExternalStore } from 'react';
import type { RecoveryKeyStatus } from '../../../../electron/contract';
import { call } from '../../api/call';

/**
 * The 回復キー as the shell knows it, for a 管理者: its status (pending: shown but not
 * confirmed — the shell then shows nothing else) and a key just issued, held in memory only
 * until it is confirmed as stored.
 */
type Gate = { status: RecoveryKeyStatus | null; shownKey: string | null; issuedAt: Date | null };

let gate: Gate = { status: null, shownKey: null, issuedAt: null };
const listeners = new Set<() => void>();

function set(next: Partial<Gate>): void {
  gate = { ...gate, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecoveryKeyGate(): Gate {
  return useSyncExternalStore(subscribe, () => gate);
}

export async function loadRecoveryKeyStatus(): Promise<void> {
  try {
    set({ status: await call('recoveryKey.status', {}) });
  } catch {
    // Unreadable for now: the app opens, and ホーム says the key is not known to be stored.
    set({ status: { state: 'unconfirmed', issuedAt: null, confirmedAt: null } });
  }
}

/** A new 回復キー replaces the old one; it is shown until confirmed. */
export async function issueRecoveryKey(): Promise<void> {
  const { recoveryKey } = await call('recoveryKey.reissue', {});
  set({ shownKey: recoveryKey, issuedAt: new Date() });
  await loadRecoveryKeyStatus();
}

/** 「回復キーを保管しました」: recorded, and the key leaves memory. */
export async function confirmRecoveryKey(): Promise<void> {
  const status = await call('recoveryKey.confirm', {});
  set({ status, shownKey: null, issuedAt: null });
}
