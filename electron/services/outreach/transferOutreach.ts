import { withTransaction, type Db, type ReadDb } from '../../../db/database';
import { updateOutreachTarget } from '../../../db/repositories/outreachRepository';
import { findStaffById } from '../../../db/repositories/staffRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { OutreachTargetRow } from '../../../db/schema';
import { AppError, type FieldIssue } from '../../contract/errors';
import { caseIntakeInput } from '../../contract/schemas/caseWork';
import type { OutreachTransferResult } from '../../contract/schemas/outreach';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { writeIntake } from '../cases/intakeCase';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { refuseClosedTarget, requireVisibleTarget } from './outreachAccess';
import { reloadOutreachView } from './outreachReads';

type Input = ParsedInput<'outreach.transfer'>;

function refuseBadInput(input: Input, row: OutreachTargetRow, today: string): void {
  const issues: FieldIssue[] = [];
  if (input.receivedOn > today) {
    issues.push({ path: 'receivedOn', message: '受付日に未来の日付は入力できません' });
  } else if (input.receivedOn < row.raisedOn) {
    issues.push({ path: 'receivedOn', message: '受付日は把握日以降の日付にしてください' });
  }
  if (input.birthDate !== null && input.birthDate > today) {
    issues.push({ path: 'birthDate', message: '生年月日に未来の日付は入力できません' });
  }
  // A case has at least one 相談分野, as at the intake counter: the monthly counts are by field.
  if (input.fields.length === 0) {
    issues.push({ path: 'fields', message: '相談分野を1つ以上選んでください' });
  }
  if (issues.length > 0) throw new AppError('VALIDATION', '入力内容に誤りがあります。', issues);
}

/** 受付者 (and so 主担当) is the target's 主担当 while in post, else whoever makes the move. */
function receiverOf(db: ReadDb, actor: Actor, row: OutreachTargetRow): number {
  const main = row.mainStaffId === null ? undefined : findStaffById(db, row.mainStaffId);
  return main?.active ? main.id : actor.staffId;
}

/** The 相談受付 this move amounts to: route アウトリーチ, the person chosen or made from the record. */
function intakeOf(db: ReadDb, actor: Actor, row: OutreachTargetRow, input: Input) {
  const personId = input.personId ?? row.personId;
  return caseIntakeInput.parse({
    receivedOn: input.receivedOn,
    receivedBy: receiverOf(db, actor, row),
    route: 'outreach',
    person:
      personId === null
        ? {
            mode: 'newHousehold',
            household: { address: row.address, district: row.district },
            person: {
              name: row.name,
              nameKana: row.nameKana,
              birthDate: input.birthDate,
              sex: row.sex,
              relationship: '本人',
            },
          }
        : { mode: 'existing', personId },
    fields: input.fields,
    chiefComplaint: input.chiefComplaint,
  });
}

/**
 * 支援へ移行, in one transaction: opens a case through the intake writes (numbered by 年度, route
 * アウトリーチ, the アウトリーチ flag on) for the person chosen, the person the record already links
 * to, or a new household and person made from the record; then links the case and person here
 * and sets the stage. Refused after 支援へ移行 or 終了 (reopen first).
 */
export function transferOutreach(
  db: Db,
  actor: Actor,
  clock: Clock,
  input: Input,
): OutreachTransferResult {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleTarget(tx, actor, input.id);
    refuseClosedTarget(row);
    refuseBadInput(input, row, today);
    const at = clock.now();
    const intake = writeIntake(tx, actor, at, intakeOf(tx, actor, row, input), { outreach: true });
    updateOutreachTarget(
      tx,
      row.id,
      { stage: 'transferred', caseId: intake.caseId, personId: intake.personId },
      stampFor(at, actor.staffId),
    );
    appendAudit(tx, {
      at,
      actor,
      action: 'outreach.transfer',
      target: { type: 'outreach', id: row.id },
      detail: {
        from: row.stage,
        caseId: intake.caseId,
        caseNumber: intake.caseNumber,
        personId: intake.personId,
        householdId: intake.householdId,
        newPerson: input.personId === null && row.personId === null,
      },
    });
    return {
      outreach: reloadOutreachView(tx, actor, row.id, today),
      caseId: intake.caseId,
      caseNumber: intake.caseNumber,
    };
  });
}
