import type { ReadDb } from '../../../db/database';
import { agencyNamesByIds, staffNamesByIds } from '../../../db/repositories/nameLookups';
import { revisionsOf } from '../../../db/repositories/recordRevisionRepository';
import type { RevisedRecord } from '../../contract/historyCodes';
import type {
  HistoryValue,
  RecordHistory,
  RecordVersionView,
} from '../../contract/schemas/history';
import type { RecordContent } from './recordContents';

/** The record now: its content, who last wrote it, and its 取消 if withdrawn. */
export type CurrentRecord = {
  record: RevisedRecord;
  id: number;
  caseId: number;
  content: RecordContent;
  written: { at: string; by: number | null };
  withdrawn: { at: string; by: number | null; reason: string } | null;
};

/** The keys whose values differ between two versions (lists and plan rows by content). */
function changedBetween(before: RecordContent, after: RecordContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
}

const staffKey = /(?:^s|S)taffId$|^obtainedBy$|^receivedBy$/;
const agencyKey = /(?:^a|A)gencyIds?$/;

/** Every staff and agency id the contents refer to, found by key name at any depth. */
function referencedIds(
  value: HistoryValue,
  key: string,
  found: { staff: Set<number>; agency: Set<number> },
) {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, key, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) referencedIds(v, k, found);
  } else if (typeof value === 'number') {
    if (staffKey.test(key)) found.staff.add(value);
    if (agencyKey.test(key)) found.agency.add(value);
  }
}

function parseContent(json: string): RecordContent {
  return JSON.parse(json) as RecordContent;
}

/**
 * A record's 訂正履歴: every kept version and the current one, oldest first, each with what it
 * changed from the one before, who wrote and who replaced it, and the names of the staff and
 * agencies the versions refer to (retired and inactive ones included).
 */
export function readHistory(db: ReadDb, current: CurrentRecord): RecordHistory {
  const kept = revisionsOf(db, current.record, current.id);
  const versions: Array<
    Omit<RecordVersionView, 'writtenByName' | 'replacedByName' | 'changed'> & {
      writtenBy: number | null;
      replacedBy: number | null;
    }
  > = [
    ...kept.map((row) => ({
      version: row.version,
      current: false,
      writtenAt: row.writtenAt,
      writtenBy: row.writtenBy,
      replacedAt: row.replacedAt,
      replacedBy: row.replacedBy,
      content: parseContent(row.content),
    })),
    {
      version: (kept.at(-1)?.version ?? 0) + 1,
      current: true,
      writtenAt: current.written.at,
      writtenBy: current.written.by,
      replacedAt: null,
      replacedBy: null,
      content: current.content,
    },
  ];
  const found = { staff: new Set<number>(), agency: new Set<number>() };
  for (const version of versions) {
    referencedIds(version.content, '', found);
    for (const id of [version.writtenBy, version.replacedBy]) if (id !== null) found.staff.add(id);
  }
  if (current.withdrawn?.by != null) found.staff.add(current.withdrawn.by);
  const staffNames = staffNamesByIds(db, [...found.staff]);
  const agencyNames = agencyNamesByIds(db, [...found.agency]);
  const nameOf = (id: number | null) => (id === null ? null : (staffNames.get(id) ?? null));
  return {
    record: current.record,
    id: current.id,
    caseId: current.caseId,
    versions: versions.map(({ writtenBy, replacedBy, ...version }, i) => ({
      ...version,
      writtenByName: nameOf(writtenBy),
      replacedByName: nameOf(replacedBy),
      changed: i === 0 ? [] : changedBetween(versions[i - 1]?.content ?? {}, version.content),
    })),
    withdrawn: current.withdrawn && {
      at: current.withdrawn.at,
      byName: nameOf(current.withdrawn.by),
      reason: current.withdrawn.reason,
    },
    names: {
      staff: Object.fromEntries([...staffNames].map(([id, name]) => [String(id), name])),
      agency: Object.fromEntries([...agencyNames].map(([id, name]) => [String(id), name])),
    },
  };
}
