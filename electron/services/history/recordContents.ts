import type { ReadDb } from '../../../db/database';
import { agenciesOfConsents } from '../../../db/repositories/consentRepository';
import { fieldsOfCases, tagsOfCases } from '../../../db/repositories/supportCaseRepository';
import type {
  ConsentRow,
  ProgressNoteRow,
  SupportCaseRow,
  SupportPlanRow,
} from '../../../db/schema';
import type { HistoryValue } from '../../contract/schemas/history';
import { nextActionDuesOf } from '../nextActions/nextActionDues';
import { storedContent } from '../plans/planContent';

/** A record's fields in one version, as the 訂正履歴 keeps them. */
export type RecordContent = Record<string, HistoryValue>;

const stampKeys = ['createdAt', 'updatedAt', 'createdBy', 'updatedBy'];

/**
 * The row without the keys that are not its content (ids, stamps). Every other column is kept,
 * so a column added to the table later is part of the history without a change here.
 */
function contentOf(row: Record<string, HistoryValue>, identity: readonly string[]): RecordContent {
  const drop = new Set([...identity, ...stampKeys]);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !drop.has(key)));
}

/**
 * A 経過記録 as written, with its 次の対応's date and staff member (kept in their own table);
 * its 取消 is kept on the row, not as a version.
 */
export function noteContent(db: ReadDb, row: ProgressNoteRow): RecordContent {
  const due = nextActionDuesOf(db, [row.id]).get(row.id);
  return {
    ...contentOf(row, ['id', 'caseId', 'withdrawnAt', 'withdrawnBy', 'withdrawnReason']),
    nextActionOn: due?.dueOn ?? null,
    nextActionStaffId: due?.staffId ?? null,
  };
}

/** A case's header with its 相談分野 and 課題. */
export function caseContent(db: ReadDb, row: SupportCaseRow): RecordContent {
  return {
    ...contentOf(row, ['id', 'caseNumber', 'fiscalYear', 'seq', 'householdId', 'personId']),
    fields: fieldsOfCases(db, [row.id]).get(row.id) ?? [],
    tags: tagsOfCases(db, [row.id]).get(row.id) ?? [],
  };
}

/** A 本人同意 record with the agencies it covers. */
export function consentContent(db: ReadDb, row: ConsentRow): RecordContent {
  return {
    ...contentOf(row, ['id', 'caseId', 'personId', 'kind']),
    agencyIds: agenciesOfConsents(db, [row.id]).map((a) => a.id),
  };
}

/** A 支援プラン 案 as its form holds it: header, 課題, goals and 支援内容 rows. */
export function planContent(db: ReadDb, row: SupportPlanRow): RecordContent {
  return storedContent(db, row);
}
