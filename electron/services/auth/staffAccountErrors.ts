import type { ReadDb } from '../../../db/database';
import { findStaffById } from '../../../db/repositories/staffRepository';
import type { StaffRow } from '../../../db/schema';
import { AppError } from '../../contract/errors';

/** The account a 管理者 is acting on, or NOT_FOUND. */
export function requireStaff(db: ReadDb, id: number): StaffRow {
  const row = findStaffById(db, id);
  if (!row) throw new AppError('NOT_FOUND', '職員が見つかりません。');
  return row;
}

/** Refuses an action on one's own account that must go another way (or would lock one out). */
export function refuseSelf(actorId: number, targetId: number, message: string): void {
  if (actorId === targetId) throw new AppError('CONFLICT', message);
}
