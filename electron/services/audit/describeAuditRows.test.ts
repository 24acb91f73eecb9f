import { afterEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { activityCreateInput } from '../../contract/schemas/activity';
import {
  caseAgencySetInput,
  consentRecordInput,
  noteCreateInput,
  noteUpdateInput,
} from '../../contract/schemas/caseWork';
import { agencyCreateInput } from '../../contract/schemas/directory';
import { meetingAddDecisionInput, meetingSetAttendeesInput } from '../../contract/schemas/meeting';
import { setCaseAgency } from '../cases/caseAgencyService';
import { getCase } from '../cases/caseDetail';
import { newHouseholdIntake, setUpCaseWork } from '../cases/caseWork.testing';
import { createNote, updateNote } from '../cases/noteService';
import { recordConsent } from '../cases/recordConsent';
import { updateCase } from '../cases/updateCase';
import { intakeCase } from '../cases/intakeCase';
import { createActivity } from '../community/activityRecords';
import { createAgency } from '../directory/agencyService';
import { addMeetingCase } from '../meetings/meetingAgenda';
import { addMeetingDecision } from '../meetings/meetingDecisions';
import { createMeeting, updateMeeting } from '../meetings/meetingHeader';
import { meetingInput, recordJusouConsent } from '../meetings/meetings.testing';
import { setMeetingAttendees } from '../meetings/setMeetingAttendees';
import { addOutreachContact } from '../outreach/addOutreachContact';
import { contactInput, stageInput, targetInput } from '../outreach/outreach.testing';
import { createOutreach } from '../outreach/outreachRecords';
import { setOutreachStage } from '../outreach/setOutreachStage';
import { followUpMatch } from '../participation/followUpMatch';
import { createMatch } from '../participation/matchRecords';
import { followUpInput, matchInput, resourceInput } from '../participation/participation.testing';
import { createResource } from '../participation/resourceRecords';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { describeAuditRows } from './describeAuditRows';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** Case work, a plan, a meeting, アウトリーチ, 参加支援 and 地域づくり: rows of every feature. */
function dayOfWork() {
  const f = setUpCaseWork();
  cleanups.push(f.cleanup);
  const { db, worker, clock } = f;
  const intake = caseForPlan(f);
  getCase(db, worker, clock, { id: intake.caseId });
  updateCase(db, worker, clock, { id: intake.caseId, stage: 'assessment', urgency: 'high' });
  recordJusouConsent(f, intake.caseId, 'given');
  recordConsent(
    db,
    worker,
    clock,
    consentRecordInput.parse({
      caseId: intake.caseId,
      kind: 'infoSharing',
      state: 'refused',
      recordedOn: '2026-04-10',
    }),
  );
  const note = createNote(
    db,
    worker,
    clock,
    noteCreateInput.parse({
      caseId: intake.caseId,
      occurredAt: '2026-04-10T10:30',
      means: 'phone',
      facts: '電話で近況を聞いた',
    }),
  );
  updateNote(
    db,
    worker,
    clock,
    noteUpdateInput.parse({
      id: note.id,
      occurredAt: '2026-04-10T10:30',
      means: 'homeVisit',
      facts: '訪問して近況を聞いた',
    }),
  );
  const agency = createAgency(
    db,
    f.admin,
    clock,
    agencyCreateInput.parse({ agency: { name: '西地域包括支援センター', kind: 'houkatsu' } }),
  );
  setCaseAgency(
    db,
    worker,
    clock,
    caseAgencySetInput.parse({ caseId: intake.caseId, agencyId: agency.id, role: '介護' }),
  );
  createPlan(db, worker, clock, planInput(intake.caseId));
  const meeting = createMeeting(db, worker, clock, meetingInput('jusou'));
  updateMeeting(db, worker, clock, {
    ...meetingInput('jusou', { place: '保健センター' }),
    id: meeting.id,
  });
  setMeetingAttendees(
    db,
    worker,
    clock,
    meetingSetAttendeesInput.parse({
      meetingId: meeting.id,
      attendees: [{ staffId: worker.staffId, name: worker.displayName }],
    }),
  );
  addMeetingCase(db, worker, clock, { meetingId: meeting.id, caseId: intake.caseId });
  addMeetingDecision(
    db,
    worker,
    clock,
    meetingAddDecisionInput.parse({
      meetingId: meeting.id,
      caseId: intake.caseId,
      kind: 'roleAssignment',
      text: '包括が介護保険の申請を支援',
    }),
  );
  const outreach = createOutreach(db, worker, clock, targetInput());
  addOutreachContact(db, worker, clock, contactInput(outreach.id));
  setOutreachStage(db, worker, clock, stageInput(outreach.id, 'relationship'));
  const resource = createResource(db, worker, clock, resourceInput());
  const match = createMatch(db, worker, clock, matchInput(intake.personId, resource.id));
  followUpMatch(db, worker, clock, followUpInput(match.id, { statusTo: 'visited' }));
  createActivity(
    db,
    worker,
    clock,
    activityCreateInput.parse({
      heldOn: '2026-04-09',
      name: 'みどりサロン',
      kind: 'ibasho',
      participants: 12,
    }),
  );
  intakeCase(db, worker, clock, newHouseholdIntake(worker.staffId, {}, { name: '鈴木 花子' }));
  return { f, intake, meeting, outreach };
}

// Latin words a worker would not read; file types and units that are Japanese usage stay allowed.
const english = /(?<![A-Za-z])(?!(?:Excel|PDF|KB|MB|ID)(?![A-Za-z]))[A-Za-z]{2,}/;

describe('the audit log in Japanese', () => {
  it('names every action, record and fact of a day of work in Japanese', () => {
    const { f, intake } = dayOfWork();
    const rows = describeAuditRows(f.db, f.db.select().from(auditLog).all());
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ['consent.record', 'meeting.addDecision', 'outreach.setStage']) {
      expect(actions).toContain(action);
    }
    for (const row of rows) {
      for (const text of [row.actionLabel, row.targetText, row.detailText]) {
        expect(text, `${row.action}: ${row.detail}`).not.toMatch(english);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toContain('undefined');
      }
    }
    const consent = rows.find(
      (r) => r.action === 'consent.record' && r.detail.includes('jusouMeeting'),
    );
    expect(consent?.targetText).toBe(`ケース ${intake.caseNumber}`);
    expect(consent?.detailText).toBe('同意の種類：重層的支援会議での検討、状態：同意あり');
    const update = rows.find((r) => r.action === 'case.update');
    expect(update?.detailText).toBe('変更した項目：段階・緊急度、記録の版：第2版');
    const stage = rows.find((r) => r.action === 'outreach.setStage');
    expect(stage?.targetText).toBe('アウトリーチ 川上 一夫');
    expect(stage?.detailText).toBe('変更前：接触、変更後：関係づくり、日付：令和8年4月10日');
    const decision = rows.find((r) => r.action === 'meeting.addDecision');
    expect(decision?.targetText).toBe('会議 4月定例（令和8年4月10日）');
    expect(decision?.detailText).toContain(`ケース：${intake.caseNumber}`);
    const note = rows.find((r) => r.action === 'note.update');
    expect(note?.targetText).toBe(`経過記録 ${intake.caseNumber} 令和8年4月10日（金）10:30`);
    expect(note?.detailText).toContain('変更した項目：手段・内容');
    const followUp = rows.find((r) => r.action === 'match.followUp');
    expect(followUp?.targetText).toBe('参加支援 山田 太郎 → みどり農園');
    expect(followUp?.detailText).toBe('状態：提案 → 見学');
    const household = rows.find((r) => r.action === 'household.create');
    expect(household?.targetText).toBe('世帯 山田 太郎さんの世帯');
  });

  it('says a record is gone rather than showing a bare id, and skips keys it does not know', () => {
    const { f } = dayOfWork();
    const [row] = describeAuditRows(f.db, [
      {
        ...f.db.select().from(auditLog).all()[0]!,
        action: 'case.view',
        targetType: 'case',
        targetId: '9999',
        detail: JSON.stringify({ someNewKey: 'x', caseIds: [9999] }),
      },
    ]);
    expect(row?.targetText).toBe('ケース 番号 9999（見つかりません）');
    expect(row?.detailText).toBe('ケース：番号 9999（見つかりません）');
  });
});
