import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import type { ActivityKind } from '../../electron/contract/communityCodes';
import type { ReadDb, WriteTx } from '../database';
import { communityActivity, staff, type CommunityActivityRow } from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type ActivityValues = Omit<typeof communityActivity.$inferInsert, 'id' | StampColumn>;

export function insertActivity(
  tx: WriteTx,
  values: ActivityValues,
  stamp: Stamp,
): CommunityActivityRow {
  return tx
    .insert(communityActivity)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateActivity(
  tx: WriteTx,
  id: number,
  values: Partial<ActivityValues>,
  stamp: Stamp,
): void {
  tx.update(communityActivity)
    .set({ ...values, ...updatedColumns(stamp) })
    .where(eq(communityActivity.id, id))
    .run();
}

export type ActivityFilter = { from?: string; to?: string; kind?: ActivityKind };

export type ActivityListRow = CommunityActivityRow & { staffName: string | null };

function activityRows(db: ReadDb, where: SQL | undefined): ActivityListRow[] {
  return db
    .select({ activity: communityActivity, staffName: staff.displayName })
    .from(communityActivity)
    .leftJoin(staff, eq(staff.id, communityActivity.staffId))
    .where(where)
    .orderBy(desc(communityActivity.heldOn), desc(communityActivity.id))
    .all()
    .map((row) => ({ ...row.activity, staffName: row.staffName }));
}

export function findActivityById(db: ReadDb, id: number): ActivityListRow | undefined {
  return activityRows(db, eq(communityActivity.id, id))[0];
}

/** Activities held in the period (both ends included) and of the kind, newest first. */
export function listActivityRows(db: ReadDb, filter: ActivityFilter): ActivityListRow[] {
  return activityRows(
    db,
    and(
      filter.from === undefined ? undefined : gte(communityActivity.heldOn, filter.from),
      filter.to === undefined ? undefined : lte(communityActivity.heldOn, filter.to),
      filter.kind === undefined ? undefined : eq(communityActivity.kind, filter.kind),
    ),
  );
}
