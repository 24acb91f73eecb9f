import type { ReadDb } from '../../../db/database';
import { listStaffRows } from '../../../db/repositories/staffListRepository';
import type { StaffOption } from '../../contract/schemas/directory';

/** Staff for pick lists (受付者, 主担当, 副担当): active first, then by display name. */
export function staffOptions(db: ReadDb): StaffOption[] {
  return listStaffRows(db).map((row) => ({
    id: row.id,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
  }));
}
