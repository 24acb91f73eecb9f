import type { ReadDb } from '../../../../db/database';
import { listStaffRows } from '../../../../db/repositories/staffListRepository';
import { nameKey } from '../../text/normalize';

/** A 担当者 as written, looked up among staff accounts. */
export type StaffLookup =
  { found: true; staffId: number } | { found: false; reason: 'blank' | 'unknown' | 'ambiguous' };

/**
 * Finds staff by display name as ledgers write it (spaces and widths ignored), retired staff
 * included: old consultations were taken by people who may have left. A name two accounts
 * share is not guessed.
 */
export function staffByName(db: ReadDb): (written: string) => StaffLookup {
  const byKey = new Map<string, number[]>();
  for (const row of listStaffRows(db)) {
    const key = nameKey(row.displayName);
    byKey.set(key, [...(byKey.get(key) ?? []), row.id]);
  }
  return (written) => {
    const key = nameKey(written);
    if (key === '') return { found: false, reason: 'blank' };
    const ids = byKey.get(key) ?? [];
    if (ids.length === 1 && ids[0] !== undefined) return { found: true, staffId: ids[0] };
    return { found: false, reason: ids.length === 0 ? 'unknown' : 'ambiguous' };
  };
}
