import { asc, eq } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { inIds } from '../inIds';
import { meetingAction, type MeetingActionRow } from '../schema';
import { createdColumns, type Stamp } from './stamp';

export type ActionValues = Pick<MeetingActionRow, 'assignee' | 'content' | 'dueOn'>;

/** Replaces the 今後のアクション of one case at a meeting with `actions`, in that order. */
export function replaceActions(
  tx: WriteTx,
  meetingCaseId: number,
  actions: readonly ActionValues[],
  stamp: Stamp,
): void {
  tx.delete(meetingAction).where(eq(meetingAction.meetingCaseId, meetingCaseId)).run();
  if (actions.length === 0) return;
  tx.insert(meetingAction)
    .values(
      actions.map((a, i) => ({ ...a, meetingCaseId, position: i + 1, ...createdColumns(stamp) })),
    )
    .run();
}

/** The 今後のアクション of the given agenda entries, each entry's in order. */
export function actionsOfMeetingCases(
  db: ReadDb,
  meetingCaseIds: readonly number[],
): MeetingActionRow[] {
  if (meetingCaseIds.length === 0) return [];
  return db
    .select()
    .from(meetingAction)
    .where(inIds(meetingAction.meetingCaseId, meetingCaseIds))
    .orderBy(asc(meetingAction.meetingCaseId), asc(meetingAction.position))
    .all();
}
