import { and, count, eq, inArray } from 'drizzle-orm';
import type { WriteTx } from '../../db/database';
import { participationMatch, resource, resourceField } from '../../db/schema';
import type { ResourceKind } from '../../electron/contract/communityCodes';
import { nameKey } from '../../electron/services/text/normalize';
import type { Stamps } from './communityInserts';
import type { DemoDirectory } from './demoDirectory';
import { demoResources } from './resourceDirectory';

/** A directory entry as the match pass needs it; `taken` counts matches now 参加中 or 定着. */
export type ResourceSlot = {
  id: number;
  kind: ResourceKind;
  capacity: number | null;
  ageMin: number | null;
  ageMax: number | null;
  active: boolean;
  taken: number;
};

/**
 * Makes sure the demo's 社会資源 exist (by name, reusing those an earlier run made), hosts linked
 * to the demo agencies by name; returns them with the places already taken.
 */
export function ensureDemoResources(
  tx: WriteTx,
  directory: DemoDirectory,
  stamps: Stamps,
): ResourceSlot[] {
  const agencyIds = new Map(
    [...directory.agenciesByKind.values()].flat().map((agency) => [agency.name, agency.id]),
  );
  return demoResources.map((entry) => {
    const existing = tx
      .select({ id: resource.id })
      .from(resource)
      .where(eq(resource.name, entry.name))
      .get();
    const id =
      existing?.id ??
      tx
        .insert(resource)
        .values({
          name: entry.name,
          nameKey: nameKey(entry.name),
          kind: entry.kind,
          hostName: entry.host,
          hostAgencyId: entry.hostIsAgency ? (agencyIds.get(entry.host) ?? null) : null,
          place: entry.place,
          district: entry.district,
          schedule: entry.schedule,
          capacity: entry.capacity,
          target: entry.target,
          ageMin: entry.ageMin,
          ageMax: entry.ageMax,
          intake: entry.intake,
          contact: entry.contact,
          active: entry.active,
          memo: 'デモデータ（架空の社会資源）',
          ...stamps,
        })
        .returning({ id: resource.id })
        .get().id;
    if (!existing && entry.fields.length > 0) {
      tx.insert(resourceField)
        .values(entry.fields.map((field) => ({ resourceId: id, field })))
        .run();
    }
    const taken = tx
      .select({ n: count() })
      .from(participationMatch)
      .where(
        and(
          eq(participationMatch.resourceId, id),
          inArray(participationMatch.status, ['participating', 'settled']),
        ),
      )
      .get();
    return {
      id,
      kind: entry.kind,
      capacity: entry.capacity,
      ageMin: entry.ageMin,
      ageMax: entry.ageMax,
      active: entry.active,
      taken: taken?.n ?? 0,
    };
  });
}
