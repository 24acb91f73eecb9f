import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { meetingCase, meetingDecision, supportPlan, type MeetingDecisionRow } from '../schema';
import { createdColumns, type Stamp, type StampColumn } from './stamp';

export type DecisionValues = Omit<typeof meetingDecision.$inferInsert, 'id' | StampColumn>;

export function insertDecision(
  tx: WriteTx,
  values: DecisionValues,
  stamp: Stamp,
): MeetingDecisionRow {
  return tx
    .insert(meetingDecision)
    .values({ ...values, ...createdColumns(stamp) })
    .returning()
    .get();
}

export function deleteDecision(tx: WriteTx, id: number): void {
  tx.delete(meetingDecision).where(eq(meetingDecision.id, id)).run();
}

export function findDecisionById(db: ReadDb, id: number): MeetingDecisionRow | undefined {
  return db.select().from(meetingDecision).where(eq(meetingDecision.id, id)).get();
}

/** The decisions on these agenda entries in the order recorded, with the plan version each names. */
export function decisionsOfMeetingCases(db: ReadDb, meetingCaseIds: readonly number[]) {
  if (meetingCaseIds.length === 0) return [];
  return db
    .select({
      decision: meetingDecision,
      planVersion: supportPlan.version,
      planStatus: supportPlan.status,
    })
    .from(meetingDecision)
    .leftJoin(supportPlan, eq(supportPlan.id, meetingDecision.planId))
    .where(inArray(meetingDecision.meetingCaseId, [...meetingCaseIds]))
    .orderBy(asc(meetingDecision.meetingCaseId), asc(meetingDecision.id))
    .all();
}

/** How many decisions a meeting has across its agenda. */
export function decisionCountOfMeeting(db: ReadDb, meetingId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(meetingDecision)
      .innerJoin(meetingCase, eq(meetingCase.id, meetingDecision.meetingCaseId))
      .where(eq(meetingCase.meetingId, meetingId))
      .get()?.n ?? 0
  );
}

/** How many decisions an agenda entry has. */
export function decisionCountOfMeetingCase(db: ReadDb, meetingCaseId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(meetingDecision)
      .where(eq(meetingDecision.meetingCaseId, meetingCaseId))
      .get()?.n ?? 0
  );
}

/** Whether this agenda entry already approved this plan. */
export function hasPlanApproval(db: ReadDb, meetingCaseId: number, planId: number): boolean {
  return (
    db
      .select({ id: meetingDecision.id })
      .from(meetingDecision)
      .where(
        and(
          eq(meetingDecision.meetingCaseId, meetingCaseId),
          eq(meetingDecision.kind, 'planApproval'),
          eq(meetingDecision.planId, planId),
        ),
      )
      .get() !== undefined
  );
}
