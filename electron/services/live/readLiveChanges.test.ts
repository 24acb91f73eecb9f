import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteCreateInput } from '../../contract/schemas/caseWork';
import type { Actor } from '../audit/actor';
import { getCase } from '../cases/caseDetail';
import { newHouseholdIntake, setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { getHousehold } from '../cases/householdDetail';
import { intakeCase } from '../cases/intakeCase';
import { createNote } from '../cases/noteService';
import { updateCase } from '../cases/updateCase';
import { lastAuditId, mayReceive, readLiveChanges, type PublishedChange } from './readLiveChanges';

let f: CaseWorkFixture;
afterAll(() => f.cleanup());
beforeAll(() => {
  f = setUpCaseWork();
});

function addNote(actor: Actor, caseId: number): number {
  return createNote(
    f.db,
    actor,
    f.clock,
    noteCreateInput.parse({ caseId, occurredAt: '2026-04-01T10:00', means: 'visitOffice' }),
  ).id;
}

/** What one staff member's stream would carry: the changes they may see, not their own. */
function streamOf(actor: Actor, changes: PublishedChange[]) {
  return changes
    .filter((c) => c.actorStaffId !== actor.staffId && mayReceive(actor, c.guard))
    .map((c) => c.change);
}

describe('the change feed read from the audit log', () => {
  it('names each saved record with its case and household, and never a read', () => {
    const start = lastAuditId(f.db);
    const intake = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
    const noteId = addNote(f.worker, intake.caseId);
    getCase(f.db, f.otherWorker, f.clock, { id: intake.caseId });
    getHousehold(f.db, f.otherWorker, f.clock, { id: intake.householdId });

    const { changes, lastId } = readLiveChanges(f.db, start);
    expect(lastId).toBe(lastAuditId(f.db));
    const sent = changes.map((c) => c.change);
    expect(sent).toContainEqual({
      entity: 'note',
      id: noteId,
      caseId: intake.caseId,
      householdId: intake.householdId,
    });
    expect(sent).toContainEqual({
      entity: 'case',
      id: intake.caseId,
      caseId: intake.caseId,
      householdId: intake.householdId,
    });
    // The two views above were audited, and are not news for anyone.
    expect(sent.every((c) => c.entity !== 'case' || c.id === intake.caseId)).toBe(true);
    expect(readLiveChanges(f.db, lastId - 2).changes).toEqual([]);
    // Nothing personal travels: ids and kinds only.
    expect(JSON.stringify(sent)).not.toMatch(/[^\x20-\x7e]/);
    expect(changes.every((c) => c.actorStaffId === f.worker.staffId)).toBe(true);
  });

  it('keeps a 閲覧制限 case’s changes from everyone but its staff and 管理者', () => {
    const hidden = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
    updateCase(f.db, f.worker, f.clock, { id: hidden.caseId, restricted: true });
    const open = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
    const start = lastAuditId(f.db);

    const hiddenNote = addNote(f.worker, hidden.caseId);
    const openNote = addNote(f.worker, open.caseId);
    const { changes } = readLiveChanges(f.db, start);
    expect(changes.map((c) => c.change.id)).toEqual([hiddenNote, openNote]);

    // The unassigned 相談員 and the 閲覧 account learn only of the open case.
    for (const unassigned of [f.otherWorker, f.viewer]) {
      expect(streamOf(unassigned, changes)).toEqual([
        { entity: 'note', id: openNote, caseId: open.caseId, householdId: open.householdId },
      ]);
    }
    // 管理者 learns of both; the author is not told of their own notes.
    expect(streamOf(f.admin, changes).map((c) => c.id)).toEqual([hiddenNote, openNote]);
    expect(streamOf(f.worker, changes)).toEqual([]);

    // Once the 閲覧制限 is lifted, the unassigned are told of its next change.
    updateCase(f.db, f.worker, f.clock, { id: hidden.caseId, restricted: false });
    const later = lastAuditId(f.db);
    const after = addNote(f.worker, hidden.caseId);
    expect(streamOf(f.otherWorker, readLiveChanges(f.db, later).changes).map((c) => c.id)).toEqual([
      after,
    ]);
  });

  it('hides a household with a restricted case as a whole: its other cases’ changes too', () => {
    const first = intakeCase(f.db, f.worker, f.clock, newHouseholdIntake(f.worker.staffId));
    const second = intakeCase(
      f.db,
      f.otherWorker,
      f.clock,
      newHouseholdIntake(f.otherWorker.staffId, {
        person: {
          mode: 'newInHousehold',
          householdId: first.householdId,
          person: { name: '山田 花子', nameKana: 'やまだ はなこ' },
        },
      }),
    );
    updateCase(f.db, f.worker, f.clock, { id: first.caseId, restricted: true });
    const start = lastAuditId(f.db);
    addNote(f.admin, second.caseId);
    const { changes } = readLiveChanges(f.db, start);
    expect(changes).toHaveLength(1);
    expect(streamOf(f.viewer, changes)).toEqual([]);
    expect(streamOf(f.worker, changes)).toHaveLength(1);
  });
});
