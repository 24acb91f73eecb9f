import type { ResourceListRow } from '../../../db/repositories/resourceRepository';
import type { ResourceView } from '../../contract/schemas/participation';

/** A directory line: free capacity is 定員 − matches now 参加中 or 定着 (never below 0). */
export function toResourceView(row: ResourceListRow): ResourceView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    hostName: row.hostName,
    hostAgencyId: row.hostAgencyId,
    hostAgencyName: row.hostAgencyName,
    place: row.place,
    district: row.district,
    schedule: row.schedule,
    capacity: row.capacity,
    activeMatches: row.activeMatches,
    freeCapacity: row.capacity === null ? null : Math.max(0, row.capacity - row.activeMatches),
    target: row.target,
    contact: row.contact,
    active: row.active,
    memo: row.memo,
  };
}

/** Whether someone more can join: no 定員 set (open-ended), or places left. */
export function hasRoom(view: ResourceView): boolean {
  return view.freeCapacity === null || view.freeCapacity > 0;
}
