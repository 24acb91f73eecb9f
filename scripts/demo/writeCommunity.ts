import type { WriteTx } from '../../db/database';
import { writeActivities } from './buildActivities';
import { writeOpenTargets, writeTransferredTargets, type OutreachContext } from './buildOutreach';
import { writeMatches } from './buildParticipation';
import { readCaseFacts } from './communityFacts';
import { prepareCommunityInserts } from './communityInserts';
import { stampOf } from './demoCalendar';
import type { DemoDirectory } from './demoDirectory';
import { ensureDemoResources } from './demoResources';
import { Rng } from './rng';

/** Rows of the outreach, 参加支援 and 地域づくり passes. */
export type CommunityCounts = {
  outreachTargets: number;
  /** Of them, moved to a case (支援へ移行). */
  transferredOutreach: number;
  outreachContacts: number;
  /** The demo's 社会資源 directory (created now or by an earlier run). */
  resources: number;
  matches: number;
  followUps: number;
  activities: number;
};

export type CommunityOptions = {
  seed: number;
  households: number;
  /** The demo's today as a day number. */
  today: number;
  actorStaffId: number;
  directory: DemoDirectory;
  /** Cases above this id are this run's. */
  afterCaseId: number;
};

/**
 * アウトリーチ, 参加支援 and 地域づくり for the cases this run wrote, inside its transaction: the
 * outreach history of cases that came through アウトリーチ, people still being reached out to, a
 * directory of 社会資源 with matches in every status, and a year of monthly activities. Streams
 * of its own (11–13), so adding it changed nothing the earlier passes draw.
 */
export function writeCommunityDemo(tx: WriteTx, options: CommunityOptions): CommunityCounts {
  const insert = prepareCommunityInserts(tx);
  const cases = readCaseFacts(tx, options.afterCaseId);
  const { workerIds, agenciesByKind } = options.directory;
  const outreach: OutreachContext = {
    rng: new Rng(options.seed, 11),
    insert,
    today: options.today,
    actorStaffId: options.actorStaffId,
    workerIds,
    viaAgencyIds: [
      ...(agenciesByKind.get('minsei') ?? []),
      ...(agenciesByKind.get('houkatsu') ?? []),
    ].map((agency) => agency.id),
  };
  const transferred = writeTransferredTargets(outreach, cases);
  const open = writeOpenTargets(outreach, Math.max(10, Math.round(options.households * 0.1)));

  const directoryStamp = stampOf(options.today - 400, 540);
  const resources = ensureDemoResources(tx, options.directory, {
    createdAt: directoryStamp,
    updatedAt: directoryStamp,
    createdBy: options.actorStaffId,
    updatedBy: options.actorStaffId,
  });
  const matches = writeMatches(
    {
      rng: new Rng(options.seed, 12),
      insert,
      today: options.today,
      actorStaffId: options.actorStaffId,
      resources,
    },
    cases,
    Math.max(15, Math.round(options.households * 0.2)),
  );
  const activities = writeActivities(
    {
      rng: new Rng(options.seed, 13),
      insert,
      today: options.today,
      actorStaffId: options.actorStaffId,
      staffIds: workerIds,
    },
    Math.max(1, Math.round(options.households / 2000)),
  );
  return {
    outreachTargets: transferred.outreachTargets + open.outreachTargets,
    transferredOutreach: transferred.transferred,
    outreachContacts: transferred.contacts + open.contacts,
    resources: resources.length,
    ...matches,
    activities,
  };
}
