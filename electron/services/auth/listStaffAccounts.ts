import type { ReadDb } from '../../../db/database';
import { listStaffRows } from '../../../db/repositories/staffListRepository';
import type { StaffAccount } from '../../contract/schemas/staff';
import type { DataPaths } from '../app/dataPaths';
import type { Clock } from '../clock';
import { readKeySlotFile } from './keySlotFile';
import { staffWaitUntil } from './staffWaitUntil';
import { toStaffAccount } from './staffAccountView';

/** Every account for the 管理 screen: active first, then by display name. */
export function listStaffAccounts(db: ReadDb, paths: DataPaths, clock: Clock): StaffAccount[] {
  const file = readKeySlotFile(paths.keySlots);
  return listStaffRows(db).map((row) =>
    toStaffAccount(row, file, staffWaitUntil(paths, row.login, clock)),
  );
}
