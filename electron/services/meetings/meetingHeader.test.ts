import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../../../db/database';
import { insertAgency } from '../../../db/repositories/agencyRepository';
import { stampFor } from '../../../db/repositories/stamp';
import { meetingListInput, meetingUpdateInput } from '../../contract/schemas/meeting';
import type { CallInput } from '../../contract/types';
import { verifyAuditChain } from '../audit/verifyAuditChain';
import {
  auditTrail,
  lastAuditId,
  refusal,
  setUpCaseWork,
  type CaseWorkFixture,
} from '../cases/caseWork.testing';
import { caseForPlan } from '../plans/plans.testing';
import { updateSettings } from '../settings/settingsService';
import { addMeetingCase, removeMeetingCase } from './meetingAgenda';
import { addMeetingDecision } from './meetingDecisions';
import { createMeeting, updateMeeting } from './meetingHeader';
import { listMeetings } from './meetingReads';
import { meetingInput } from './meetings.testing';
import { setMeetingAttendees } from './setMeetingAttendees';

let f: CaseWorkFixture;
beforeEach(() => {
  f = setUpCaseWork();
  f.clock.set('2026-04-10T01:00:00.000Z');
});
afterEach(() => f.cleanup());

function update(id: number, overrides: Partial<CallInput<'meeting.update'>>) {
  return updateMeeting(
    f.db,
    f.worker,
    f.clock,
    meetingUpdateInput.parse({ ...meetingInput('shien'), kind: undefined, id, ...overrides }),
  );
}

describe('meeting.create and meeting.update', () => {
  it('creates a 予定 meeting with its header, and changes only what differs (audited by field name)', () => {
    const created = createMeeting(
      f.db,
      f.worker,
      f.clock,
      meetingInput('shien', { chairStaffId: f.worker.staffId, nextMeetingOn: '2026-05-08' }),
    );
    expect(created).toMatchObject({
      kind: 'shien',
      kindName: '支援会議',
      title: '4月定例',
      heldOn: '2026-04-10',
      startTime: '14:00',
      endTime: '15:30',
      status: 'planned',
      chairStaffName: '相談 一郎',
      caseCount: 0,
      attendeeCount: 0,
      hiddenCaseCount: 0,
      editable: true,
      cases: [],
      attendees: [],
    });
    const from = lastAuditId(f.db);
    update(created.id, { chairStaffId: f.worker.staffId, nextMeetingOn: '2026-05-08' });
    const held = update(created.id, {
      place: '保健センター',
      status: 'held',
      generalMinutes: '年末の見守り体制',
      chairStaffId: f.worker.staffId,
      nextMeetingOn: '2026-05-08',
    });
    expect(held).toMatchObject({
      place: '保健センター',
      status: 'held',
      generalMinutes: '年末の見守り体制',
    });
    expect(auditTrail(f.db, from)).toEqual([`meeting.update meeting:${created.id}`]);
    expect(verifyAuditChain(f.db).problems).toEqual([]);
  });

  it('refuses an unknown 司会, a next date not after the meeting, and 開催済 before the day', () => {
    expect(
      refusal(() =>
        createMeeting(f.db, f.worker, f.clock, meetingInput('jusou', { chairStaffId: 999 })),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['chairStaffId'] });
    expect(
      refusal(() =>
        createMeeting(
          f.db,
          f.worker,
          f.clock,
          meetingInput('jusou', { nextMeetingOn: '2026-04-10' }),
        ),
      ),
    ).toMatchObject({ code: 'VALIDATION', paths: ['nextMeetingOn'] });
    const future = createMeeting(
      f.db,
      f.worker,
      f.clock,
      meetingInput('jusou', { heldOn: '2026-04-20' }),
    );
    expect(
      refusal(() => update(future.id, { heldOn: '2026-04-20', status: 'held' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: '開催日より前に「開催済」にはできません。',
    });
  });

  it('changes the kind only while the agenda is empty, and cancels only while nothing was decided', () => {
    const { caseId } = caseForPlan(f);
    const meeting = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    expect(update(meeting.id, { kind: 'case' }).kind).toBe('case');
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: meeting.id, caseId });
    expect(refusal(() => update(meeting.id, { kind: 'jusou' }))).toMatchObject({
      code: 'CONFLICT',
      message: '議題にケースがある会議は種類を変更できません。',
    });
    addMeetingDecision(f.db, f.worker, f.clock, {
      meetingId: meeting.id,
      caseId,
      kind: 'evaluation',
      text: '経過を確認',
      planId: null,
    });
    expect(refusal(() => update(meeting.id, { status: 'cancelled' })).code).toBe('CONFLICT');

    const other = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: other.id, caseId });
    expect(update(other.id, { status: 'cancelled' }).status).toBe('cancelled');
    expect(
      refusal(() => removeMeetingCase(f.db, f.worker, f.clock, { meetingId: other.id, caseId })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('中止した会議は変更できません') as string,
    });
    expect(update(other.id, { status: 'planned' }).status).toBe('planned');
  });
});

describe('meeting.setAttendees', () => {
  it('replaces the list in order, naming staff by their display name, with 守秘義務 dates', () => {
    const agency = withTransaction(f.db, (tx) =>
      insertAgency(
        tx,
        { name: '西地域包括支援センター', nameKey: '西地域包括支援センター', kind: 'houkatsu' },
        stampFor(f.clock.now(), f.admin.staffId),
      ),
    );
    const meeting = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
    const view = setMeetingAttendees(f.db, f.worker, f.clock, {
      meetingId: meeting.id,
      attendees: [
        {
          staffId: f.worker.staffId,
          agencyId: null,
          name: '',
          affiliation: '地域共生推進課',
          confidentialityAckOn: '2026-04-10',
        },
        {
          staffId: null,
          agencyId: agency.id,
          name: '包括 花子',
          affiliation: '',
          confidentialityAckOn: '2026-04-10',
        },
        {
          staffId: null,
          agencyId: null,
          name: '民生 委員',
          affiliation: '民生委員',
          confidentialityAckOn: null,
        },
      ],
    });
    expect(view.attendees.map((a) => [a.name, a.agencyName, a.confidentialityAckOn])).toEqual([
      ['相談 一郎', null, '2026-04-10'],
      ['包括 花子', '西地域包括支援センター', '2026-04-10'],
      ['民生 委員', null, null],
    ]);
    expect(view.attendeeCount).toBe(3);
    const fewer = setMeetingAttendees(f.db, f.worker, f.clock, {
      meetingId: meeting.id,
      attendees: [
        {
          staffId: null,
          agencyId: null,
          name: '民生 委員',
          affiliation: '',
          confidentialityAckOn: null,
        },
      ],
    });
    expect(fewer.attendees.map((a) => a.name)).toEqual(['民生 委員']);

    const twice = {
      staffId: f.worker.staffId,
      agencyId: null,
      name: '',
      affiliation: '',
      confidentialityAckOn: null,
    };
    expect(
      refusal(() =>
        setMeetingAttendees(f.db, f.worker, f.clock, {
          meetingId: meeting.id,
          attendees: [
            twice,
            twice,
            { ...twice, staffId: 999 },
            { ...twice, staffId: null, name: 'x', agencyId: 999 },
          ],
        }),
      ),
    ).toMatchObject({
      code: 'VALIDATION',
      paths: ['attendees.1.staffId', 'attendees.2.staffId', 'attendees.3.agencyId'],
    });
  });
});

describe('meeting.list', () => {
  it('lists meetings in a period and of a kind, newest first, with counts and the office’s names', () => {
    const { caseId } = caseForPlan(f);
    const ids = (
      [
        ['shien', '2026-03-13'],
        ['jusou', '2026-04-08'],
        ['shien', '2026-04-10'],
        ['case', '2026-05-01'],
      ] as const
    ).map(
      ([kind, heldOn]) => createMeeting(f.db, f.worker, f.clock, meetingInput(kind, { heldOn })).id,
    );
    addMeetingCase(f.db, f.worker, f.clock, { meetingId: ids[2] ?? 0, caseId });
    updateSettings(f.db, f.admin, f.clock, {
      meetingKindNames: {
        shien: '支援調整会議',
        jusou: '重層的支援会議',
        case: 'ケース会議',
        study: '事例検討',
      },
    });
    const list = (input: CallInput<'meeting.list'>) =>
      listMeetings(f.db, meetingListInput.parse(input));
    expect(list({}).map((m) => m.id)).toEqual([...ids].reverse());
    const april = list({ from: '2026-04-01', to: '2026-04-30' });
    expect(april.map((m) => [m.heldOn, m.kindName, m.caseCount])).toEqual([
      ['2026-04-10', '支援調整会議', 1],
      ['2026-04-08', '重層的支援会議', 0],
    ]);
    expect(list({ kind: 'shien', to: '2026-04-09' }).map((m) => m.heldOn)).toEqual(['2026-03-13']);
    expect(list({ kind: 'study' })).toEqual([]);
  });
});
