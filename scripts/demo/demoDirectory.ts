import { and, eq, inArray } from 'drizzle-orm';
import type { WriteTx } from '../../db/database';
import { agency, codeList, staff } from '../../db/schema';
import { defaultIssueTags, type AgencyKind } from '../../electron/contract/caseCodes';
import { nameKey } from '../../electron/services/text/normalize';
import { demoAgencies } from './agencyDirectory';
import { demoStaff } from './staffDirectory';
import type { Area } from './town';

export type DirectoryAgency = {
  id: number;
  name: string;
  kind: AgencyKind;
  area: Area | undefined;
  roles: readonly string[] | undefined;
};

/** The staff, agencies and 課題 tags the generated cases refer to. */
export type DemoDirectory = {
  workerIds: number[];
  agenciesByKind: ReadonlyMap<AgencyKind, readonly DirectoryAgency[]>;
  agencyCount: number;
  staffCount: number;
  /** Active 課題 labels the cases may use. */
  issueTags: ReadonlySet<string>;
};

type Stamp = { createdAt: string; updatedAt: string; createdBy: number; updatedBy: number };

/**
 * Makes sure the demo's staff (by login) and agencies (by name) exist, reusing those a previous
 * run made, and seeds the 課題 list with the defaults when it is empty.
 */
export function ensureDemoDirectory(tx: WriteTx, stamp: Stamp): DemoDirectory {
  const workerIds: number[] = [];
  for (const entry of demoStaff) {
    const existing = tx
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.login, entry.login))
      .get();
    const id =
      existing?.id ??
      tx
        .insert(staff)
        .values({ ...entry, active: true, ...stamp })
        .returning({ id: staff.id })
        .get().id;
    if (entry.role === 'worker') workerIds.push(id);
  }

  const byKind = new Map<AgencyKind, DirectoryAgency[]>();
  for (const entry of demoAgencies) {
    const existing = tx
      .select({ id: agency.id })
      .from(agency)
      .where(and(eq(agency.name, entry.name), eq(agency.kind, entry.kind)))
      .get();
    const id =
      existing?.id ??
      tx
        .insert(agency)
        .values({
          name: entry.name,
          nameKey: nameKey(entry.name),
          kind: entry.kind,
          contactPerson: entry.contactPerson,
          phone: entry.phone,
          address: entry.address,
          shienMeetingMember: entry.shienMeetingMember,
          active: true,
          memo: 'デモデータ（架空の機関）',
          ...stamp,
        })
        .returning({ id: agency.id })
        .get().id;
    const list = byKind.get(entry.kind) ?? [];
    list.push({ id, name: entry.name, kind: entry.kind, area: entry.area, roles: entry.roles });
    byKind.set(entry.kind, list);
  }

  return {
    workerIds,
    agenciesByKind: byKind,
    agencyCount: demoAgencies.length,
    staffCount: demoStaff.length,
    issueTags: ensureIssueTags(tx, stamp),
  };
}

function ensureIssueTags(tx: WriteTx, stamp: Stamp): Set<string> {
  const hasAny = tx
    .select({ label: codeList.label })
    .from(codeList)
    .where(eq(codeList.list, 'issueTag'))
    .limit(1)
    .get();
  if (!hasAny) {
    tx.insert(codeList)
      .values(
        defaultIssueTags.map((label, sortOrder) => ({
          list: 'issueTag',
          label,
          sortOrder,
          active: true,
          ...stamp,
        })),
      )
      .run();
  }
  const active = tx
    .select({ label: codeList.label })
    .from(codeList)
    .where(
      and(
        eq(codeList.list, 'issueTag'),
        eq(codeList.active, true),
        inArray(codeList.label, [...defaultIssueTags]),
      ),
    )
    .all();
  return new Set(active.map((r) => r.label));
}
