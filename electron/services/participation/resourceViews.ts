import type { ResourceListRow } from '../../../db/repositories/resourceRepository';
import type { ResourceIntake } from '../../contract/communityCodes';
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
    ageMin: row.ageMin,
    ageMax: row.ageMax,
    fields: row.fields,
    intake: row.intake,
    contact: row.contact,
    active: row.active,
    memo: row.memo,
  };
}

/**
 * The room a resource has now: 満員 when the host said so or every place of its 定員 is taken by
 * the office's matches; else what the host said (受入可 or 要相談).
 */
export function roomOf(view: ResourceView): ResourceIntake {
  if (view.intake === 'full' || view.freeCapacity === 0) return 'full';
  return view.intake;
}

/** Whether someone more can join: not 満員 (see roomOf). */
export function hasRoom(view: ResourceView): boolean {
  return roomOf(view) !== 'full';
}
