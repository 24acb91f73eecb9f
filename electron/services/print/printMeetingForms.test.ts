import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../db/schema';
import { noteCreateInput } from '../../contract/schemas/caseWork';
import type { MeetingView } from '../../contract/schemas/meeting';
import { printSavePdfInput } from '../../contract/schemas/print';
import { lastAuditId, setUpCaseWork, type CaseWorkFixture } from '../cases/caseWork.testing';
import { createNote } from '../cases/noteService';
import { addMeetingCase, recordMeetingMinutes } from '../meetings/meetingAgenda';
import { createMeeting, updateMeeting } from '../meetings/meetingHeader';
import { meetingUpdateInput } from '../../contract/schemas/meeting';
import { meetingInput } from '../meetings/meetings.testing';
import { setMeetingAttendees } from '../meetings/setMeetingAttendees';
import { createPlan } from '../plans/planDraft';
import { caseForPlan, planInput } from '../plans/plans.testing';
import { printTextOf } from './forms/printText.testing';
import { printMeetingHandout } from './printMeetingHandout';
import { printMeetingMinutes } from './printMeetingMinutes';
import { savePrintAsPdf } from './savePrintAsPdf';

let f: CaseWorkFixture;
let shien: MeetingView;
let planned: MeetingView;

beforeAll(() => {
  f = setUpCaseWork();
  const withPlan = caseForPlan(f, f.worker, { name: '山田 太郎' });
  createPlan(f.db, f.worker, f.clock, planInput(withPlan.caseId));
  for (const [i, facts] of ['一回目の訪問', '二回目の訪問', '三回目の訪問'].entries()) {
    createNote(
      f.db,
      f.worker,
      f.clock,
      noteCreateInput.parse({
        caseId: withPlan.caseId,
        occurredAt: `2026-04-0${i + 2}T10:00`,
        means: 'homeVisit',
        facts,
      }),
    );
  }
  const other = caseForPlan(f, f.worker, { name: '佐藤 花子' });
  shien = createMeeting(f.db, f.worker, f.clock, meetingInput('shien'));
  for (const caseId of [withPlan.caseId, other.caseId]) {
    shien = addMeetingCase(f.db, f.worker, f.clock, { meetingId: shien.id, caseId });
  }
  shien = setMeetingAttendees(f.db, f.worker, f.clock, {
    meetingId: shien.id,
    attendees: [
      {
        staffId: f.worker.staffId,
        agencyId: null,
        name: '',
        affiliation: '',
        confidentialityAckOn: '2026-04-10',
      },
      {
        staffId: null,
        agencyId: null,
        name: '佐藤 一郎',
        affiliation: '地域包括',
        confidentialityAckOn: null,
      },
      {
        staffId: null,
        agencyId: null,
        name: '田中 花子',
        affiliation: '民生委員',
        confidentialityAckOn: null,
      },
    ],
  });
  shien = recordMeetingMinutes(f.db, f.worker, f.clock, {
    meetingId: shien.id,
    caseId: withPlan.caseId,
    minutes: '訪問を月2回とする。',
  });
  planned = createMeeting(f.db, f.worker, f.clock, meetingInput('jusou', { title: '' }));
});
afterAll(() => f.cleanup());

function lastAudit() {
  const row = f.db.select().from(auditLog).orderBy(auditLog.id).all().at(-1);
  return {
    action: row?.action,
    target: `${row?.targetType}:${row?.targetId}`,
    detail: JSON.parse(row?.detail ?? '{}') as Record<string, unknown>,
  };
}

describe('printMeetingHandout (会議資料)', () => {
  it('prints a numbered copy per attendee with the 守秘義務 notice and each case summary', () => {
    const printed = printMeetingHandout(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      initials: false,
    });
    const text = printTextOf(printed.html);
    expect(printed.title).toBe('会議資料（4月定例）');
    for (const n of [1, 2, 3]) expect(text).toContain(`配布番号 ${n} / 3`);
    expect(text).toContain('社会福祉法第106条の6');
    // Both cases, each with its household, plan and newest notes first, in every copy.
    expect(text.split('議題1 ').length - 1).toBe(3);
    expect(text).toContain('山田 太郎');
    expect(text).toContain('佐藤 花子');
    expect(text).toContain('安定した収入を得て暮らす');
    expect(text.indexOf('三回目の訪問')).toBeLessThan(text.indexOf('一回目の訪問'));
  });

  it('is audited on the meeting with the number of copies, the cases and the format', () => {
    const before = lastAuditId(f.db);
    printMeetingHandout(f.db, f.worker, f.clock, { meetingId: shien.id, initials: true });
    expect(lastAuditId(f.db)).toBe(before + 1);
    expect(lastAudit()).toMatchObject({
      action: 'print.meetingHandout',
      target: `meeting:${shien.id}`,
      detail: {
        format: 'html',
        copies: 3,
        initials: true,
        caseIds: shien.cases.map((c) => c.caseId),
      },
    });
  });

  it('prints names as initials when asked', () => {
    const printed = printMeetingHandout(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      initials: true,
    });
    const text = printTextOf(printed.html);
    expect(text).not.toContain('山田 太郎');
    expect(text).toContain('議題1');
  });
});

describe('printMeetingMinutes (会議録)', () => {
  it('prints the minutes and is audited; a meeting not held says so', () => {
    const printed = printMeetingMinutes(f.db, f.worker, f.clock, {
      meetingId: shien.id,
      initials: false,
    });
    expect(printTextOf(printed.html)).toContain('訪問を月2回とする。');
    // Not held yet: 作成者 and 作成日 are lines to fill in.
    expect(printTextOf(printed.html)).toContain('作成者 作成日 令和 年 月 日');
    // Held: 作成者 and 作成日 are of the minutes (the worker, the day in Japan), not of the print.
    updateMeeting(
      f.db,
      f.worker,
      f.clock,
      meetingUpdateInput.parse({ ...meetingInput('shien'), id: shien.id, status: 'held' }),
    );
    f.clock.set('2026-05-20T01:00:00.000Z');
    const held = printTextOf(
      printMeetingMinutes(f.db, f.admin, f.clock, { meetingId: shien.id, initials: false }).html,
    );
    expect(held).toMatch(/作成者 相談 一郎 作成日 令和8年4月\d+日/);
    expect(lastAudit()).toMatchObject({
      action: 'print.meetingMinutes',
      detail: { format: 'html' },
    });
    const draft = printMeetingMinutes(f.db, f.worker, f.clock, {
      meetingId: planned.id,
      initials: false,
    });
    expect(draft.title).toBe('会議録（重層的支援会議）');
    expect(printTextOf(draft.html)).toContain('開催済ではありません');
  });
});

describe('PDFとして保存 of the meeting prints', () => {
  it('offers 会議資料.pdf and audits the handout as a pdf with its copies', async () => {
    const offered: string[] = [];
    const written: string[] = [];
    const saver = {
      choosePath: (name: string) => {
        offered.push(name);
        return Promise.resolve('/chosen/会議資料.pdf');
      },
      write: (html: string) => {
        written.push(html);
        return Promise.resolve();
      },
    };
    const input = printSavePdfInput.parse({ form: 'meetingHandout', meetingId: shien.id });
    expect(await savePrintAsPdf(f.db, f.worker, f.clock, saver, input)).toEqual({ saved: true });
    expect(offered).toEqual(['会議資料.pdf']);
    expect(written[0]).toContain('配布番号');
    expect(lastAudit()).toMatchObject({
      action: 'print.meetingHandout',
      detail: { format: 'pdf', copies: 3, initials: false },
    });
    const minutes = printSavePdfInput.parse({ form: 'meetingMinutes', meetingId: shien.id });
    await savePrintAsPdf(f.db, f.worker, f.clock, saver, minutes);
    expect(offered.at(-1)).toBe('会議録.pdf');
    expect(lastAudit()).toMatchObject({
      action: 'print.meetingMinutes',
      detail: { format: 'pdf' },
    });
  });
});
