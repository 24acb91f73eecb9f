import type { ReadDb } from '../../../../db/database';
import { listStaffRows } from '../../../../db/repositories/staffListRepository';
import { nameKey } from '../../text/normalize';
import type { MappingTable } from './importMappings';

/** A 担当者 as written, looked up among staff accounts; `how` says how it was found. */
export type StaffLookup =
  | { found: true; staffId: number | null; how: 'name' | 'surname' | 'mapped' | 'remembered' }
  | { found: false; reason: 'blank' | 'unknown' | 'ambiguous' };

const space = /[\s\u3000]+/u;

function grouped(entries: Array<[string, number]>): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const [key, id] of entries) {
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return byKey;
}

/**
 * Finds staff as ledgers write them (spaces, widths and kanji variants ignored), retired staff
 * included: old consultations were taken by people who have left. In order: a mapping given for
 * the file (or remembered from an earlier import), the full 表示名, then the 姓 alone (the 表示名's
 * part before its space) when exactly one staff member has it. A name two accounts share is not
 * guessed.
 */
export function staffByName(
  db: ReadDb,
  mappings: MappingTable | null = null,
): (written: string) => StaffLookup {
  const rows = listStaffRows(db);
  const ids = new Set(rows.map((row) => row.id));
  const byName = grouped(rows.map((row) => [nameKey(row.displayName), row.id]));
  const bySurname = grouped(
    rows
      .filter((row) => space.test(row.displayName.trim()))
      .map((row) => [nameKey(row.displayName.trim().split(space)[0] ?? ''), row.id]),
  );
  return (written) => {
    const key = nameKey(written);
    if (key === '') return { found: false, reason: 'blank' };
    const mapped = mappings?.get('staff', written);
    const mappedId = mapped?.to === null || mapped === undefined ? null : Number(mapped.to);
    if (mapped !== undefined && (mappedId === null || ids.has(mappedId))) {
      return {
        found: true,
        staffId: mappedId,
        how: mapped.source === 'given' ? 'mapped' : 'remembered',
      };
    }
    const named = byName.get(key) ?? [];
    if (named.length === 1) return { found: true, staffId: named[0] ?? null, how: 'name' };
    if (named.length > 1) return { found: false, reason: 'ambiguous' };
    const surnamed = bySurname.get(key) ?? [];
    if (surnamed.length === 1) return { found: true, staffId: surnamed[0] ?? null, how: 'surname' };
    return { found: false, reason: surnamed.length > 1 ? 'ambiguous' : 'unknown' };
  };
}
