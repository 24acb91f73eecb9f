import crypto from 'node:crypto';
import type { Clock } from '../clock';
import {
  deriveWrappingKey,
  newKdfParams,
  normalizePassword,
  unwrapKey,
  wrapKey,
  type KdfParams,
} from './keySlotCrypto';
import type { KeySlot, KeySlotFile, PasswordSlot, RecoverySlot } from './keySlotFile';
import { normalizeRecoveryKey } from './recoveryKey';

/** The associated data that binds a wrapped key to its slot's identity and its database. */
function slotAad(
  databaseId: string,
  slot: Pick<KeySlot, 'id' | 'kind'> & { staffId?: number; login?: string },
): string {
  return [
    'kasane-keyslot/v1',
    databaseId,
    slot.id,
    slot.kind,
    slot.staffId ?? '',
    slot.login ?? '',
  ].join('/');
}

/** A new, empty key-slot file for a new database. */
export function newKeySlotFile(): KeySlotFile {
  return { format: 'kasane-keyslots', version: 1, databaseId: crypto.randomUUID(), slots: [] };
}

/** A slot that opens `dataKey` with this account's password. */
export function makePasswordSlot(
  file: KeySlotFile,
  dataKey: Buffer,
  account: { staffId: number; login: string },
  password: string,
  clock: Clock,
): PasswordSlot {
  const kdf = newKdfParams();
  const base = { id: crypto.randomUUID(), kind: 'password' as const, ...account };
  const wrapped = wrapKey(
    dataKey,
    deriveWrappingKey(normalizePassword(password), kdf),
    slotAad(file.databaseId, base),
  );
  return { ...base, kdf, ...wrapped, createdAt: clock.now().toISOString() };
}

/** A slot that opens `dataKey` with the recovery key printed at setup. */
export function makeRecoverySlot(
  file: KeySlotFile,
  dataKey: Buffer,
  recoveryKey: string,
  clock: Clock,
): RecoverySlot {
  const kdf = newKdfParams();
  const base = { id: crypto.randomUUID(), kind: 'recovery' as const };
  const wrapped = wrapKey(
    dataKey,
    deriveWrappingKey(normalizeRecoveryKey(recoveryKey), kdf),
    slotAad(file.databaseId, base),
  );
  return { ...base, kdf, ...wrapped, createdAt: clock.now().toISOString() };
}

// Used when no slot matches the login, so a wrong login costs the same time as a wrong password.
const decoyKdf: KdfParams = { ...newKdfParams() };

/**
 * Tries a login and password against the file. Returns the slot and data key, or null.
 * Unknown logins still run the KDF so timing does not reveal which logins exist.
 */
export function openPasswordSlot(
  file: KeySlotFile,
  login: string,
  password: string,
): { slot: PasswordSlot; dataKey: Buffer } | null {
  const slot = file.slots.find(
    (s): s is PasswordSlot => s.kind === 'password' && s.login === login,
  );
  if (!slot) {
    deriveWrappingKey(normalizePassword(password), decoyKdf);
    return null;
  }
  const dataKey = unwrapKey(
    slot,
    deriveWrappingKey(normalizePassword(password), slot.kdf),
    slotAad(file.databaseId, slot),
  );
  return dataKey ? { slot, dataKey } : null;
}

/** Tries the recovery key; returns the data key or null. */
export function openRecoverySlot(file: KeySlotFile, recoveryKey: string): Buffer | null {
  const secret = normalizeRecoveryKey(recoveryKey);
  for (const slot of file.slots) {
    if (slot.kind !== 'recovery') continue;
    const dataKey = unwrapKey(
      slot,
      deriveWrappingKey(secret, slot.kdf),
      slotAad(file.databaseId, slot),
    );
    if (dataKey) return dataKey;
  }
  return null;
}
