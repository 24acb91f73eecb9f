import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { withTransaction } from './database';
import { meetingAction, meetingCase, meetingDecision, supportCase } from './schema';
import { buildPersonWithCase } from './testing/caseBuilders';
import { databaseBefore } from './testing/migrationsBefore';
import { buildMeeting } from './testing/reportBuilders';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const stamp = { createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-04-01T00:00:00.000Z' };

describe('migration 0016: 会議録 fields and 終結理由 codes', () => {
  it('codes each 終結理由 written in the official words, leaves the rest uncoded, and takes 今後のアクション', () => {
    const old = databaseBefore('0016_minutes_and_close_reasons', cleanups);
    const reasons = [
      '生活が安定し、目標を達成したため',
      '地域包括支援センターへ引き継いだ',
      '本人が町外へ転居したため',
      '3か月連絡が取れないため',
      '本人の希望により終結',
      '地域の見守りに移行したため',
    ];
    const made = withTransaction(old.db, (tx) => {
      const caseIds = reasons.map(
        (_, i) => buildPersonWithCase(tx, { name: `試験 ${i}` }, { stage: 'closed' }).caseId,
      );
      const meetingId = buildMeeting(tx, {
        kind: 'jusou',
        heldOn: '2026-05-01',
        status: 'held',
        caseIds: [caseIds[0]!],
      });
      return { caseIds, meetingId };
    });
    // Raw SQL: the old schema has neither code column.
    const setReason = old.sqlite.prepare('UPDATE support_case SET close_reason = ? WHERE id = ?');
    reasons.forEach((reason, i) => setReason.run(reason, made.caseIds[i]));
    const meetingCaseId = (
      old.sqlite.prepare('SELECT id FROM meeting_case WHERE meeting_id = ?').get(made.meetingId) as {
        id: number;
      }
    ).id;
    old.sqlite
      .prepare(
        `INSERT INTO meeting_decision (meeting_case_id, kind, text, created_at, updated_at)
         VALUES (?, 'closure', '本人が亡くなったため', '', ''), (?, 'roleAssignment', '転居先を探す', '', '')`,
      )
      .run(meetingCaseId, meetingCaseId);

    const upgraded = old.upgrade();
    const codes = made.caseIds.map(
      (id) =>
        upgraded.db
          .select({ code: supportCase.closeReasonCode })
          .from(supportCase)
          .where(eq(supportCase.id, id))
          .get()?.code,
    );
    expect(codes).toEqual(['goalAchieved', 'referred', 'moved', 'lostContact', 'personWish', null]);
    const decisionCodes = upgraded.db
      .select({ kind: meetingDecision.kind, code: meetingDecision.closeReasonCode })
      .from(meetingDecision)
      .orderBy(meetingDecision.id)
      .all();
    expect(decisionCodes).toEqual([
      { kind: 'closure', code: 'died' },
      { kind: 'roleAssignment', code: null },
    ]);
    const agendaRow = upgraded.db
      .select()
      .from(meetingCase)
      .where(eq(meetingCase.id, meetingCaseId))
      .get();
    expect([agendaRow?.personWishes, agendaRow?.agencyReports, agendaRow?.startTime]).toEqual([
      '',
      '',
      null,
    ]);
    withTransaction(upgraded.db, (tx) =>
      tx
        .insert(meetingAction)
        .values({
          meetingCaseId,
          position: 0,
          assignee: '地域包括支援センター',
          content: '訪問して介護保険の申請を支援する',
          dueOn: '2026-05-15',
          ...stamp,
        })
        .run(),
    );
    const actions = upgraded.db.select().from(meetingAction).all();
    expect(actions.map((a) => [a.assignee, a.dueOn])).toEqual([
      ['地域包括支援センター', '2026-05-15'],
    ]);
  });
});
