import type { SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { findOutreachTarget } from '../../../db/repositories/outreachRepository';
import type { OutreachTargetRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';
import type { Actor } from '../audit/actor';
import { visibleLinksSql } from '../cases/visibleLinks';

/** Missing and hidden targets get the same message, so a refusal reveals nothing (閲覧制限). */
export function outreachNotFound(): AppError {
  return new AppError('NOT_FOUND', 'アウトリーチの記録が見つかりません。');
}

/** A target is hidden when the case or person it links to is hidden from the actor. */
export function visibleOutreachSql(actor: Actor): SQL | undefined {
  return visibleLinksSql(actor, 'outreach_target');
}

export function requireVisibleTarget(db: ReadDb, actor: Actor, id: number): OutreachTargetRow {
  const row = findOutreachTarget(db, id, visibleOutreachSql(actor));
  if (!row) throw outreachNotFound();
  return row;
}

/** The stages in which the target is still being worked (not 支援へ移行, not 終了). */
export const openOutreachStages = ['identified', 'contacted', 'relationship', 'consent'] as const;

/**
 * 支援へ移行 freezes the record: its history now belongs to the case. 終了 freezes it too, except
 * for choosing a stage again (outreach.setStage), which reopens it.
 */
export function refuseClosedTarget(row: OutreachTargetRow): void {
  if (row.stage === 'transferred') {
    throw new AppError(
      'CONFLICT',
      '支援へ移行したアウトリーチの記録は変更できません。以後の経過はケースに記録してください。',
    );
  }
  if (row.stage === 'ended') {
    throw new AppError(
      'CONFLICT',
      '終了したアウトリーチの記録は変更できません。続ける場合は、段階を選び直して再開してください。',
    );
  }
}
