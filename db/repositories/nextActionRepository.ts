import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, count, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { ReadDb, WriteTx } from '../database';
import { inIds } from '../inIds';
import {
  nextAction,
  person,
  progressNote,
  staff,
  supportCase,
  type NextActionRow,
} from '../schema';
import { createdColumns, updatedColumns, type Stamp } from './stamp';

export type NextActionValues = { noteId: number; caseId: number; dueOn: string; staffId: number };

export function insertNextAction(tx: WriteTx, values: NextActionValues, stamp: Stamp): void {
  tx.insert(nextAction)
    .values({ ...values, ...createdColumns(stamp) })
    .run();
}

export function updateNextAction(
  tx: WriteTx,
  id: number,
  patch: { dueOn: string; staffId: number },
  stamp: Stamp,
): void {
  tx.update(nextAction)
    .set({ ...patch, ...updatedColumns(stamp) })
    .where(eq(nextAction.id, id))
    .run();
}

/** An open item whose date was taken off its note: the note's text stays, the date goes. */
export function deleteOpenNextAction(tx: WriteTx, id: number): void {
  tx.delete(nextAction)
    .where(and(eq(nextAction.id, id), isNull(nextAction.doneAt)))
    .run();
}

export function markNextActionDone(tx: WriteTx, id: number, stamp: Stamp): void {
  tx.update(nextAction)
    .set({ doneAt: stamp.at, doneBy: stamp.by, ...updatedColumns(stamp) })
    .where(eq(nextAction.id, id))
    .run();
}

export function findNextActionById(db: ReadDb, id: number): NextActionRow | undefined {
  return db.select().from(nextAction).where(eq(nextAction.id, id)).get();
}

export function findNextActionOfNote(db: ReadDb, noteId: number): NextActionRow | undefined {
  return db.select().from(nextAction).where(eq(nextAction.noteId, noteId)).get();
}

const assignee = alias(staff, 'assignee');
const doneBy = alias(staff, 'done_by_staff');

/** The dated 次の対応 of the given notes, with the names of its staff member and of who did it. */
export function nextActionsOfNotes(db: ReadDb, noteIds: readonly number[]) {
  if (noteIds.length === 0) return [];
  return db
    .select({
      row: nextAction,
      staffName: assignee.displayName,
      doneByName: doneBy.displayName,
    })
    .from(nextAction)
    .innerJoin(assignee, eq(assignee.id, nextAction.staffId))
    .leftJoin(doneBy, eq(doneBy.id, nextAction.doneBy))
    .where(inIds(nextAction.noteId, noteIds))
    .all();
}

/**
 * One staff member's open items due in [from, to] (dates in Japan), oldest first, of the cases
 * `visible` lets through (a condition over support_case): what ホーム lists.
 */
export function openNextActionRows(
  db: ReadDb,
  query: { staffId: number; from?: string; to: string; visible: SQL | undefined },
  limit: number,
) {
  return db
    .select({
      id: nextAction.id,
      noteId: nextAction.noteId,
      caseId: nextAction.caseId,
      dueOn: nextAction.dueOn,
      caseNumber: supportCase.caseNumber,
      personName: person.name,
      text: progressNote.nextAction,
      occurredAt: progressNote.occurredAt,
    })
    .from(nextAction)
    .innerJoin(supportCase, eq(supportCase.id, nextAction.caseId))
    .innerJoin(person, eq(person.id, supportCase.personId))
    .innerJoin(progressNote, eq(progressNote.id, nextAction.noteId))
    .where(openConditions(query))
    .orderBy(asc(nextAction.dueOn), asc(nextAction.id))
    .limit(limit)
    .all();
}

/** How many open items the same conditions hold. */
export function countOpenNextActions(
  db: ReadDb,
  query: { staffId: number; from?: string; to: string; visible: SQL | undefined },
): number {
  return (
    db
      .select({ n: count() })
      .from(nextAction)
      .innerJoin(supportCase, eq(supportCase.id, nextAction.caseId))
      .where(openConditions(query))
      .get()?.n ?? 0
  );
}

function openConditions(query: {
  staffId: number;
  from?: string;
  to: string;
  visible: SQL | undefined;
}): SQL | undefined {
  return and(
    eq(nextAction.staffId, query.staffId),
    // Written as the partial index's condition, so SQLite may use it.
    sql`${nextAction.doneAt} is null`,
    query.from === undefined ? undefined : sql`${nextAction.dueOn} >= ${query.from}`,
    lte(nextAction.dueOn, query.to),
    query.visible,
  );
}
