import { z } from 'zod';
import type { ReadDb, WriteTx } from '../../../../db/database';
import { readSetting, writeSetting } from '../../../../db/repositories/settingRepository';
import { importMappingSchema, type ImportMapping } from '../../../contract/schemas/importWords';
import { mergeMappings } from './importMappings';

// One office-wide setting: the mappings of the imports written so far (words, not personal data).
const settingKey = 'import.mappings';
const stored = z.array(importMappingSchema);

/** The mappings earlier imports were written with; a setting that no longer parses is none. */
export function rememberedMappings(db: ReadDb): ImportMapping[] {
  const text = readSetting(db, settingKey);
  if (text === undefined) return [];
  try {
    const parsed = stored.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * Lays the mappings an import was written with over the remembered ones (inside the import's
 * transaction), so the next import of the office's ledgers reads the same words the same way.
 * Returns how many were given.
 */
export function rememberMappings(
  tx: WriteTx,
  given: readonly ImportMapping[],
  at: Date,
  by: number,
): number {
  if (given.length === 0) return 0;
  const merged = mergeMappings(rememberedMappings(tx), given);
  writeSetting(tx, settingKey, JSON.stringify(merged), at.toISOString(), by);
  return given.length;
}
