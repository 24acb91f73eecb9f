import type { Clock } from '../clock';
import { editKeySlotFile } from './keySlotEdits';
import { makeRecoverySlot } from './keySlots';
import type { KeyHolder } from './keyHolder';
import { newRecoveryKey } from './recoveryKey';

/**
 * The one place a 回復キー is made and put in force: a new key replaces every recovery slot, so
 * the old key stops opening anything at once. (Issue 16 redesigns how the recovery protector is
 * stored; this function is the seam it replaces.) Returns the new key, to be shown once.
 */
export function replaceRecoveryKey(
  holder: Pick<KeyHolder, 'paths' | 'dataKey'>,
  clock: Clock,
): string {
  const recoveryKey = newRecoveryKey();
  editKeySlotFile(holder.paths.keySlots, (file) => ({
    ...file,
    slots: [
      ...file.slots.filter((slot) => slot.kind !== 'recovery'),
      makeRecoverySlot(file, holder.dataKey, recoveryKey, clock),
    ],
  }));
  return recoveryKey;
}
