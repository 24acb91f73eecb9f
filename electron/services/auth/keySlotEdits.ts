import type { Clock } from '../clock';
import { readKeySlotFile, writeKeySlotFile, type KeySlotFile } from './keySlotFile';
import { makePasswordSlot } from './keySlots';

/** The file without any password slot of this account (disabling it, or before a new slot). */
export function withoutPasswordSlots(file: KeySlotFile, staffId: number): KeySlotFile {
  return {
    ...file,
    slots: file.slots.filter((slot) => slot.kind !== 'password' || slot.staffId !== staffId),
  };
}

/**
 * The file with exactly one password slot for this account, wrapping the same data key with a
 * new password: a password change or reset rewraps the key and never re-encrypts the database.
 */
export function withPasswordSlot(
  file: KeySlotFile,
  dataKey: Buffer,
  account: { staffId: number; login: string },
  password: string,
  clock: Clock,
): KeySlotFile {
  const rest = withoutPasswordSlots(file, account.staffId);
  // Another account's stale slot under the same login would shadow the new one at login.
  const slots = rest.slots.filter((s) => s.kind !== 'password' || s.login !== account.login);
  return { ...rest, slots: [...slots, makePasswordSlot(file, dataKey, account, password, clock)] };
}

/** Reads, changes and atomically rewrites the key-slot file. */
export function editKeySlotFile(filePath: string, edit: (file: KeySlotFile) => KeySlotFile): void {
  writeKeySlotFile(filePath, edit(readKeySlotFile(filePath)));
}
