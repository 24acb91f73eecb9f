import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { findAgencyById } from '../../../db/repositories/agencyRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import {
  fieldsOfCases,
  findCaseById,
  tagsOfCases,
  updateCase as writeCase,
  type CasePatch,
} from '../../../db/repositories/supportCaseRepository';
import type { SupportCaseRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import { mainTagNotInTags, type CaseDetail } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { keepCaseRevision } from '../history/caseRevision';
import { caseNotFound } from './caseAccess';
import { buildCaseDetail } from './caseDetail';
import { invalidField } from './caseErrors';
import { writeCaseFields, writeCaseTags } from './caseTags';
import { changedKeys } from './changedKeys';
import { todayInJapan } from './japanDate';
import { requireVisibleCase } from './visibleRecords';

type Input = ParsedInput<'case.update'>;

function checkReferences(db: ReadDb, input: Input): void {
  for (const key of ['mainStaffId', 'subStaffId'] as const) {
    const id = input[key];
    if (id != null && !findStaffById(db, id)) throw invalidField(key, '職員が見つかりません');
  }
  if (input.mainAgencyId != null && !findAgencyById(db, input.mainAgencyId)) {
    throw invalidField('mainAgencyId', '関係機関が見つかりません');
  }
}

/** Only 管理者 and the 主担当 may put a case under 閲覧制限 or lift it. */
function checkRestriction(actor: Actor, row: SupportCaseRow, input: Input): void {
  if (input.restricted === undefined || input.restricted === row.restricted) return;
  if (actor.role !== 'admin' && row.mainStaffId !== actor.staffId) {
    throw new AppError('FORBIDDEN', '閲覧制限を変更できるのは管理者と主担当だけです。');
  }
}

/**
 * 主な課題 stays one of the case's 課題: naming one the case will not have is refused, and a new
 * tag list without the current one clears it. Undefined: no change.
 */
function mainTagAfter(row: SupportCaseRow, input: Input, tags: readonly string[]) {
  const next = input.mainTag ?? row.mainTag;
  if (next === '' || tags.includes(next)) return input.mainTag;
  if (input.mainTag !== undefined) throw invalidField('mainTag', mainTagNotInTags);
  return '';
}

/** The keys actually sent (zod leaves absent optional keys undefined). */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The header columns to write. A stage other than 終結 on a closed case reopens it (終結日 and
 * reason cleared); 中断 dates the suspension today (中断日), another stage clears it;
 * 多機関協働 without a date starts today, and switching it off clears the date.
 */
function headerPatch(row: SupportCaseRow, input: Input, today: string): CasePatch {
  const { id: _id, fields: _fields, tags: _tags, ...header } = input;
  const patch: CasePatch = definedOnly(header);
  if (input.stage !== undefined && row.stage === 'closed') {
    patch.closedOn = null;
    patch.closeReasonCode = null;
    patch.closeReason = '';
  }
  if (input.stage !== undefined && input.stage !== row.stage) {
    // Resuming clears 中断日, so the report counts the case as 継続 again, not as 中断.
    patch.suspendedOn = input.stage === 'suspended' ? today : null;
  }
  const coordination = input.coordination ?? row.coordination;
  const requestedOn =
    input.coordinationOn === undefined ? row.coordinationOn : input.coordinationOn;
  const coordinationOn = coordination ? (requestedOn ?? today) : null;
  if (coordinationOn !== row.coordinationOn || input.coordinationOn !== undefined) {
    patch.coordinationOn = coordinationOn;
  }
  return patch;
}

/**
 * Changes the case header; only the keys sent change. The header as it read before is kept
 * (訂正履歴); the audit names the fields changed and the version made.
 */
export function updateCase(db: Db, actor: Actor, clock: Clock, input: Input): CaseDetail {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleCase(tx, actor, input.id);
    checkRestriction(actor, row, input);
    checkReferences(tx, input);
    const at = clock.now();
    const patch = headerPatch(row, input, today);
    const before = {
      ...row,
      fields: fieldsOfCases(tx, [row.id]).get(row.id) ?? [],
      tags: tagsOfCases(tx, [row.id]).get(row.id) ?? [],
    };
    const mainTag = mainTagAfter(row, input, input.tags ?? before.tags);
    if (mainTag !== undefined) patch.mainTag = mainTag;
    const changed = changedKeys(before, { ...patch, fields: input.fields, tags: input.tags });
    if (changed.length > 0) {
      const stamp = stampFor(at, actor.staffId);
      const revision = keepCaseRevision(tx, row, stamp);
      writeCase(tx, row.id, patch, stamp);
      if (input.fields) writeCaseFields(tx, row.id, input.fields);
      if (input.tags) writeCaseTags(tx, actor, at, row.id, input.tags);
      appendAudit(tx, {
        at,
        actor,
        action: 'case.update',
        target: { type: 'case', id: row.id },
        detail: {
          fields: changed,
          reopened: row.stage === 'closed' && input.stage !== undefined,
          revision,
        },
      });
    }
    const after = findCaseById(tx, row.id);
    if (!after) throw caseNotFound();
    return buildCaseDetail(tx, after, today);
  });
}
