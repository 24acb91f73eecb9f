import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import {
  participationFollowup,
  participationMatch,
  person,
  resource,
  staff,
  supportCase,
  type ParticipationFollowupRow,
  type ParticipationMatchRow,
} from '../schema';
import { createdColumns, updatedColumns, type Stamp, type StampColumn } from './stamp';

export type MatchValues = Omit<typeof participationMatch.$inferInsert, 'id' | StampColumn>;
export type FollowupValues = Omit<typeof participationFollowup.$inferInsert, 'id' | StampColumn>;

export function insertMatch(tx: WriteTx, values: MatchValues, stamp: Stamp): ParticipationMatchRow {
  return tx
    .insert(participationMatch)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function updateMatch(
  tx: WriteTx,
  id: number,
  patch: Partial<MatchValues>,
  stamp: Stamp,
): void {
  tx.update(participationMatch)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(participationMatch.id, id))
    .run();
}

/** A match passing `visible` (the caller's 閲覧制限 condition), or undefined. */
export function findMatch(
  db: ReadDb,
  id: number,
  visible: SQL | undefined,
): ParticipationMatchRow | undefined {
  return db
    .select()
    .from(participationMatch)
    .where(and(eq(participationMatch.id, id), visible))
    .get();
}

/** The person's match at the resource in one of `statuses`, if any. */
export function openMatchOf(
  db: ReadDb,
  personId: number,
  resourceId: number,
  statuses: readonly ParticipationMatchRow['status'][],
): { id: number } | undefined {
  return db
    .select({ id: participationMatch.id })
    .from(participationMatch)
    .where(
      and(
        eq(participationMatch.personId, personId),
        eq(participationMatch.resourceId, resourceId),
        inArray(participationMatch.status, [...statuses]),
      ),
    )
    .get();
}

export function insertFollowup(
  tx: WriteTx,
  values: FollowupValues,
  stamp: Stamp,
): ParticipationFollowupRow {
  return tx
    .insert(participationFollowup)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

/** A match's follow-ups with the staff member's name, newest first. */
export function followupsOfMatch(db: ReadDb, matchId: number) {
  return db
    .select({
      id: participationFollowup.id,
      followedOn: participationFollowup.followedOn,
      statusTo: participationFollowup.statusTo,
      personNote: participationFollowup.personNote,
      hostNote: participationFollowup.hostNote,
      staffName: staff.displayName,
    })
    .from(participationFollowup)
    .leftJoin(staff, eq(staff.id, participationFollowup.staffId))
    .where(eq(participationFollowup.matchId, matchId))
    .orderBy(desc(participationFollowup.followedOn), desc(participationFollowup.id))
    .all();
}

const lastFollowUpOn = sql<
  string | null
>`(SELECT max(f.followed_on) FROM participation_followup f WHERE f.match_id = participation_match.id)`;

/** The date staleness counts from: the latest follow-up, or 提案 when there was none. */
export const matchQuietSince = sql<string>`coalesce(${lastFollowUpOn}, ${participationMatch.proposedOn})`;

export type MatchSummaryRow = {
  id: number;
  personId: number;
  personName: string;
  caseId: number | null;
  caseNumber: string | null;
  resourceId: number;
  resourceName: string;
  resourceKind: (typeof resource.$inferSelect)['kind'];
  status: ParticipationMatchRow['status'];
  proposedOn: string;
  startedOn: string | null;
  endedOn: string | null;
  lastFollowUpOn: string | null;
};

/**
 * List lines of the matches passing `where`, with the person's, resource's and case's names
 * and the latest follow-up; `order` is 'recent' (newest 提案 first) or 'quiet' (longest silence).
 */
export function matchSummaryRows(
  db: ReadDb,
  where: SQL | undefined,
  order: 'recent' | 'quiet' = 'recent',
  limit = -1,
): MatchSummaryRow[] {
  return (
    db
      .select({
        id: participationMatch.id,
        personId: participationMatch.personId,
        personName: person.name,
        caseId: participationMatch.caseId,
        caseNumber: supportCase.caseNumber,
        resourceId: participationMatch.resourceId,
        resourceName: resource.name,
        resourceKind: resource.kind,
        status: participationMatch.status,
        proposedOn: participationMatch.proposedOn,
        startedOn: participationMatch.startedOn,
        endedOn: participationMatch.endedOn,
        lastFollowUpOn,
      })
      .from(participationMatch)
      .innerJoin(person, eq(person.id, participationMatch.personId))
      .innerJoin(resource, eq(resource.id, participationMatch.resourceId))
      .leftJoin(supportCase, eq(supportCase.id, participationMatch.caseId))
      .where(where)
      .orderBy(
        ...(order === 'quiet'
          ? [asc(matchQuietSince), asc(participationMatch.id)]
          : [desc(participationMatch.proposedOn), desc(participationMatch.id)]),
      )
      // SQLite reads a negative LIMIT as none.
      .limit(limit)
      .all()
  );
}

/** How many matches `where` selects (the rows matchSummaryRows would list). */
export function countMatches(db: ReadDb, where: SQL | undefined): number {
  return (
    db
      .select({ n: count() })
      .from(participationMatch)
      .innerJoin(person, eq(person.id, participationMatch.personId))
      .leftJoin(supportCase, eq(supportCase.id, participationMatch.caseId))
      .where(where)
      .get()?.n ?? 0
  );
}
