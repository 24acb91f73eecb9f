import { withTransaction, type Db } from '../../../db/database';
import { updateStaffRow } from '../../../db/repositories/staffRepository';
import type { StaffAccount } from '../../contract/schemas/staff';
import type { ParsedInput } from '../../contract/types';
import type { DataPaths } from '../app/dataPaths';
import type { Actor } from '../audit/actor';
import { appendAudit } from '../audit/appendAudit';
import type { Clock } from '../clock';
import { readKeySlotFile } from './keySlotFile';
import { requireAnotherActiveAdmin } from './lastAdminGuard';
import { refuseSelf, requireStaff } from './staffAccountErrors';
import { toStaffAccount } from './staffAccountView';
import { staffWaitUntil } from './staffWaitUntil';

/**
 * Changes an account's 表示名, 所属 and 権限 (管理者 only). A 管理者 cannot change their own role
 * (another 管理者 must), and the last active 管理者 keeps theirs. The audit names the fields.
 */
export function updateStaffAccount(
  db: Db,
  actor: Actor,
  clock: Clock,
  paths: DataPaths,
  input: ParsedInput<'staff.update'>,
): StaffAccount {
  return withTransaction(db, (tx) => {
    const before = requireStaff(tx, input.id);
    if (before.role !== input.role) {
      refuseSelf(
        actor.staffId,
        before.id,
        '自分の権限は変更できません。別の管理者に依頼してください。',
      );
      if (input.role !== 'admin') requireAnotherActiveAdmin(tx, before);
    }
    const at = clock.now();
    const changes = {
      displayName: input.displayName,
      affiliation: input.affiliation,
      role: input.role,
    };
    const row = updateStaffRow(tx, before.id, changes, { at: at.toISOString(), by: actor.staffId });
    appendAudit(tx, {
      at,
      actor,
      action: 'staff.update',
      target: { type: 'staff', id: row.id },
      detail: {
        fields: (Object.keys(changes) as Array<keyof typeof changes>).filter(
          (key) => before[key] !== row[key],
        ),
        role: row.role,
      },
    });
    return toStaffAccount(
      row,
      readKeySlotFile(paths.keySlots),
      staffWaitUntil(paths, row.login, clock),
    );
  });
}
