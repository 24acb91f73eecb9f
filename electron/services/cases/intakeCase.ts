import { withTransaction, type Db, type WriteTx } from '../../../db/database';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { insertCase, maxCaseSeq } from '../../../db/repositories/supportCaseRepository';
import { AppError, type FieldIssue } from '../../contract/errors';
import type { IntakeResult } from '../../contract/schemas/caseWork';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { invalidField } from './caseErrors';
import { fiscalYearOf, formatCaseNumber } from './caseNumber';
import { writeCaseFields, writeCaseTags } from './caseTags';
import { birthDateIssues } from './householdViews';
import { resolveIntakePerson } from './intakePerson';
import { todayInJapan } from './japanDate';

function refuseBadDates(input: ParsedInput<'case.intake'>, today: string): void {
  const issues: FieldIssue[] =
    input.receivedOn > today
      ? [{ path: 'receivedOn', message: '受付日に未来の日付は入力できません' }]
      : [];
  if (input.person.mode !== 'existing') {
    issues.push(...birthDateIssues(input.person.person, today, 'person.person.birthDate'));
  }
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
}

/**
 * 相談受付: creates the case — and the person and household when the form says so — in one
 * transaction. The number is the next in the 年度 of 受付日 (R8-0001), taken inside the
 * IMMEDIATE transaction so two intakes at once never share one. Stage starts at 受付 and the
 * 主担当 is the 受付者 until someone is assigned.
 */
export function intakeCase(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: ParsedInput<'case.intake'>,
): IntakeResult {
  refuseBadDates(input, todayInJapan(clock));
  return withTransaction(db, (tx) => writeIntake(tx, actor, clock.now(), input));
}

/**
 * The writes of 相談受付 inside the caller's transaction (dates already checked), so another
 * service (アウトリーチの支援へ移行) opens a case the same way, numbering included. `flags` sets
 * header flags the intake form does not have.
 */
export function writeIntake(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  input: ParsedInput<'case.intake'>,
  flags: { outreach?: boolean } = {},
): IntakeResult {
  const receiver = findStaffById(tx, input.receivedBy);
  if (!receiver?.active) throw invalidField('receivedBy', '受付者には在職中の職員を選んでください');
  const stamp = stampFor(at, actor.staffId);
  const { personId, householdId } = resolveIntakePerson(tx, actor, at, stamp, input.person);
  const fiscalYear = fiscalYearOf(input.receivedOn);
  const seq = maxCaseSeq(tx, fiscalYear) + 1;
  const caseNumber = formatCaseNumber(fiscalYear, seq);
  const row = insertCase(
    tx,
    {
      caseNumber,
      fiscalYear,
      seq,
      householdId,
      personId,
      receivedOn: input.receivedOn,
      receivedBy: receiver.id,
      route: input.route,
      visitorName: input.visitorName,
      visitorRelation: input.visitorRelation,
      visitorPhone: input.visitorPhone,
      mainTag: input.mainTag,
      chiefComplaint: input.chiefComplaint,
      urgency: input.urgency,
      stage: 'intake',
      mainStaffId: receiver.id,
      outreach: flags.outreach ?? false,
    },
    stamp,
  );
  writeCaseFields(tx, row.id, input.fields);
  writeCaseTags(tx, actor, at, row.id, input.tags);
  appendAudit(tx, {
    at,
    actor,
    action: 'case.intake',
    target: { type: 'case', id: row.id },
    detail: { caseNumber, personId, householdId },
  });
  return { caseId: row.id, caseNumber, personId, householdId };
}
