import { withTransaction, type Db } from '../../../db/database';
import { correctConsentRow, findConsentById } from '../../../db/repositories/consentRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { AppError } from '../../contract/errors';
import type { ConsentView } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { keepRevision } from '../history/keepRevision';
import { consentContent } from '../history/recordContents';
import { consentNotFound } from './caseErrors';
import { changedKeys } from './changedKeys';
import { consentsOfCaseView } from './consentViews';
import { todayInJapan } from './japanDate';
import { consentIssues, knownAgencyIds } from './recordConsent';
import { findVisibleCase } from './visibleRecords';

/**
 * Corrects a 本人同意 record written wrongly (a consent of a hidden case is NOT_FOUND). The
 * version it replaces is kept (訂正履歴) in the same transaction, with the same checks as a new
 * record; the kind and who obtained it stay. A save that changes nothing writes nothing.
 */
export function correctConsent(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'consent.correct'>,
): ConsentView {
  const issues = consentIssues(input, todayInJapan(clock));
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
  return withTransaction(db, (tx) => {
    const row = findConsentById(tx, input.id);
    if (!row || !findVisibleCase(tx, actor, row.caseId)) throw consentNotFound();
    const agencyIds = knownAgencyIds(tx, input.agencyIds).sort((a, b) => a - b);
    const patch = {
      state: input.state,
      recordedOn: input.recordedOn,
      method: input.method,
      proxyName: input.method === 'proxy' ? input.proxyName : '',
      note: input.note,
    };
    const before = consentContent(tx, row);
    const beforeAgencies = (before.agencyIds as number[]).toSorted((a, b) => a - b);
    const fields = changedKeys({ ...row, agencyIds: beforeAgencies }, { ...patch, agencyIds });
    if (fields.length > 0) {
      const at = clock.now();
      const stamp = stampFor(at, actor.staffId);
      const revision = keepRevision(tx, {
        record: 'consent',
        recordId: row.id,
        content: before,
        written: { at: row.updatedAt, by: row.updatedBy },
        replaced: stamp,
      });
      correctConsentRow(tx, row.id, patch, agencyIds, stamp);
      appendAudit(tx, {
        at,
        actor,
        action: 'consent.correct',
        target: { type: 'consent', id: row.id },
        detail: { caseId: row.caseId, fields, revision },
      });
    }
    const view = consentsOfCaseView(tx, row.caseId).history.find((c) => c.id === row.id);
    if (!view) throw consentNotFound();
    return view;
  });
}
