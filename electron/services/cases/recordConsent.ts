import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { existingAgencyIds } from '../../../db/repositories/agencyRepository';
import { insertConsent } from '../../../db/repositories/consentRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { ConsentView } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { invalidField } from './caseErrors';
import { consentsOfCaseView } from './consentViews';
import { todayInJapan } from './japanDate';
import { requireVisibleCase } from './visibleRecords';

type Input = Pick<ParsedInput<'consent.record'>, 'state' | 'recordedOn' | 'method' | 'proxyName'>;

/** 同意あり needs how it was obtained; 代筆 needs the writer's name; no date after today. */
export function consentIssues(input: Input, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.recordedOn > today) {
    issues.push({ path: 'recordedOn', message: '日付に未来の日付は入力できません' });
  }
  if (input.state === 'given' && input.method === null) {
    issues.push({ path: 'method', message: '同意を得た方法を選んでください' });
  }
  if (input.method === 'proxy' && input.proxyName === '') {
    issues.push({ path: 'proxyName', message: '代筆者の氏名を入力してください' });
  }
  return issues;
}

/** The agencies a consent covers, each once; one not in the directory is refused. */
export function knownAgencyIds(db: ReadDb, ids: readonly number[]): number[] {
  const agencyIds = [...new Set(ids)];
  const known = existingAgencyIds(db, agencyIds);
  if (agencyIds.some((id) => !known.has(id))) {
    throw invalidField('agencyIds', '関係機関が見つかりません');
  }
  return agencyIds;
}

/**
 * Records a 本人同意 state for the case's person as a new row (history is never rewritten; a
 * 撤回 is one more row). The actor is recorded as the one who obtained it.
 */
export function recordConsent(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'consent.record'>,
): ConsentView {
  const issues = consentIssues(input, todayInJapan(clock));
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
  return withTransaction(db, (tx) => {
    const row = requireVisibleCase(tx, actor, input.caseId);
    const agencyIds = knownAgencyIds(tx, input.agencyIds);
    const at = clock.now();
    const consent = insertConsent(
      tx,
      {
        caseId: row.id,
        personId: row.personId,
        kind: input.kind,
        state: input.state,
        recordedOn: input.recordedOn,
        method: input.method,
        proxyName: input.method === 'proxy' ? input.proxyName : '',
        obtainedBy: actor.staffId,
        note: input.note,
      },
      agencyIds,
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'consent.record',
      target: { type: 'case', id: row.id },
      detail: { consentId: consent.id, kind: input.kind, state: input.state },
    });
    const view = consentsOfCaseView(tx, row.id).history.find((c) => c.id === consent.id);
    if (!view) throw new Error(`consent ${consent.id} not readable after insert`);
    return view;
  });
}
