import { withTransaction, type Db } from '../../../db/database';
import { updateOutreachTarget } from '../../../db/repositories/outreachRepository';
import { stampFor } from '../../../db/repositories/stamp';
import type { OutreachTargetRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { OutreachView } from '../../contract/schemas/outreach';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import { invalidField } from '../cases/caseErrors';
import { todayInJapan } from '../cases/japanDate';
import type { Clock } from '../clock';
import { refuseClosedTarget, requireVisibleTarget } from './outreachAccess';
import { reloadOutreachView } from './outreachReads';

type Input = ParsedInput<'outreach.setStage'>;

/** The columns a stage change writes: 終了 keeps its day and reason; any other stage clears them. */
function stagePatch(row: OutreachTargetRow, input: Input, today: string) {
  if (input.stage !== 'ended') return { stage: input.stage, endedOn: null, endReason: '' };
  if (input.on > today) throw invalidField('on', '終了日に未来の日付は入力できません');
  if (input.on < row.raisedOn) throw invalidField('on', '終了日は把握日以降の日付にしてください');
  if (input.reason.trim() === '') throw invalidField('reason', '終了の理由を入力してください');
  return { stage: input.stage, endedOn: input.on, endReason: input.reason };
}

/**
 * Moves the stage forward or back among 把握, 接触, 関係づくり and 同意 (trust is lost as well as
 * won), or ends it with a day and reason. A 終了 target may be reopened by choosing one of those
 * four stages again (its end day and reason are cleared; the audit keeps them). Nothing changes
 * after 支援へ移行: that history belongs to the case.
 */
export function setOutreachStage(db: Db, actor: Actor, clock: Clock, input: Input): OutreachView {
  const today = todayInJapan(clock);
  return withTransaction(db, (tx) => {
    const row = requireVisibleTarget(tx, actor, input.id);
    if (row.stage === 'ended' && input.stage === 'ended') {
      throw new AppError('CONFLICT', 'このアウトリーチの記録は既に終了しています。');
    }
    if (row.stage !== 'ended') refuseClosedTarget(row);
    if (row.stage !== input.stage) {
      const at = clock.now();
      updateOutreachTarget(tx, row.id, stagePatch(row, input, today), stampFor(at, actor.staffId));
      appendAudit(tx, {
        at,
        actor,
        action: 'outreach.setStage',
        target: { type: 'outreach', id: row.id },
        detail: {
          from: row.stage,
          to: input.stage,
          on: input.on,
          ...(row.stage === 'ended' && { reopened: true, endedOn: row.endedOn }),
        },
      });
    }
    return reloadOutreachView(tx, actor, row.id, today);
  });
}
