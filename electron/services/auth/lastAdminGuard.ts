import type { ReadDb } from '../../../db/database';
import { countActiveAdmins } from '../../../db/repositories/staffRepository';
import type { StaffRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';

/**
 * Refuses a change that would leave no active 管理者: only a 管理者 can add accounts, reset
 * passwords or restore, so the office would be left with the recovery key as its only way in.
 */
export function requireAnotherActiveAdmin(db: ReadDb, target: StaffRow): void {
  if (target.role === 'admin' && target.active && countActiveAdmins(db) <= 1) {
    throw new AppError(
      'CONFLICT',
      '最後の管理者です。先に別の職員を管理者にしてから操作してください。',
    );
  }
}
