import { eq, inArray, sql } from 'drizzle-orm';
import type { WriteTx } from '../../db/database';
import { prepareInsert } from '../../db/repositories/preparedInsert';
import {
  agency,
  meeting,
  meetingAction,
  meetingAttendee,
  meetingCase,
  meetingDecision,
  staff,
  supportPlan,
} from '../../db/schema';
import { isoDateOf, stampOf } from './demoCalendar';
import { meetingNeeds, type MeetingCaseFacts } from './meetingNeeds';
import { SessionBook, type Session } from './meetingSessions';
import {
  agencyReportTexts,
  generalMinutes,
  jusouMinutes,
  meetingPlaces,
  nextMeetingNotes,
  personWishTexts,
  shienMinutes,
} from './meetingTexts';
import { readMeetingFacts } from './readMeetingFacts';
import type { Rng } from './rng';

/** What the meeting pass wrote. */
export type MeetingCounts = {
  shienMeetings: number;
  jusouMeetings: number;
  /** Cases on agendas (a case at two meetings counts twice). */
  meetingCases: number;
  meetingDecisions: number;
  /** 確定 plan versions a 重層的支援会議 approved. */
  approvedPlans: number;
};

export type MeetingPassContext = {
  rng: Rng;
  today: number;
  windowStart: number;
  actorStaffId: number;
  workerIds: readonly number[];
};

/** Agency representatives at one sitting: enough to share what is needed. */
const maxAgencyAttendees = 5;

/**
 * The 会議 of the cases this run wrote: reads their facts back, works out where each is discussed
 * (meetingNeeds), books them on weekly sittings, and writes the held and planned meetings with
 * attendees (守秘義務 acknowledged at a 支援会議), minutes and decisions; a プラン承認 records the
 * sitting on the plan as approving it. Bulk inserts through prepared statements, in the caller's
 * transaction.
 */
export function writeMeetings(
  tx: WriteTx,
  ctx: MeetingPassContext,
  afterCaseId: number,
): MeetingCounts {
  const facts = readMeetingFacts(tx, afterCaseId);
  const book = new SessionBook(ctx.windowStart, ctx.today + 42);
  const approvals: Array<{ planId: number; session: Session }> = [];
  for (const caseFacts of facts) {
    for (const need of meetingNeeds(ctx.rng, caseFacts, ctx.today)) {
      const window = { earliest: need.earliest, latest: need.latest };
      const session = book.place(need.kind, window, need.mode, caseFacts.caseId, need.decisions);
      if (session && need.approvesPlanId !== undefined) {
        approvals.push({ planId: need.approvesPlanId, session });
      }
    }
  }
  const sessions = book.held();
  const ids = writeSessions(tx, ctx, book, sessions, agenciesByCase(facts));
  const approve = prepareApproval(tx);
  for (const { planId, session } of approvals) {
    approve(planId, ids.get(session) ?? null, stampOf(session.day, 1050));
  }
  const entries = sessions.flatMap((s) => [...s.agenda.values()]);
  return {
    shienMeetings: sessions.filter((s) => s.kind === 'shien').length,
    jusouMeetings: sessions.filter((s) => s.kind === 'jusou').length,
    meetingCases: entries.length,
    meetingDecisions: entries.reduce((n, e) => n + e.decisions.length, 0),
    approvedPlans: approvals.length,
  };
}

/** Records the approving sitting on a plan, confirmed then (after its 作成日 and 本人同意). */
function prepareApproval(tx: WriteTx) {
  const statement = tx
    .update(supportPlan)
    .set({
      approvedMeetingId: sql`${sql.placeholder('meetingId')}`,
      confirmedAt: sql`${sql.placeholder('at')}`,
      updatedAt: sql`max(${supportPlan.updatedAt}, ${sql.placeholder('at')})`,
    })
    .where(eq(supportPlan.id, sql.placeholder('planId')))
    .prepare();
  return (planId: number, meetingId: number | null, at: string) => {
    statement.run({ planId, meetingId, at });
  };
}

function nonEmpty(text: string | undefined, fallback: string): string {
  return text === undefined || text === '' ? fallback : text;
}

type CaseAgency = MeetingCaseFacts['agencies'][number];

function agenciesByCase(facts: readonly MeetingCaseFacts[]): Map<number, readonly CaseAgency[]> {
  return new Map(facts.map((f) => [f.caseId, f.agencies]));
}

/** Agenda minutes stay short: at most this many 今後のアクション per case. */
const maxActions = 3;

function writeSessions(
  tx: WriteTx,
  ctx: MeetingPassContext,
  book: SessionBook,
  sessions: readonly Session[],
  caseAgencies: ReadonlyMap<number, readonly CaseAgency[]>,
): Map<Session, number> {
  const insert = {
    meeting: prepareInsert(tx, meeting),
    attendee: prepareInsert(tx, meetingAttendee),
    agendaCase: prepareInsert(tx, meetingCase),
    decision: prepareInsert(tx, meetingDecision),
    action: prepareInsert(tx, meetingAction),
  };
  const workers = tx
    .select({ id: staff.id, displayName: staff.displayName, affiliation: staff.affiliation })
    .from(staff)
    .where(inArray(staff.id, [...ctx.workerIds]))
    .orderBy(staff.id)
    .all();
  const contactPersons = new Map(
    tx
      .select({ id: agency.id, contactPerson: agency.contactPerson })
      .from(agency)
      .all()
      .map((a) => [a.id, a.contactPerson]),
  );
  const ids = new Map<Session, number>();
  for (const session of sessions) {
    const { rng } = ctx;
    const held = session.day <= ctx.today;
    const iso = isoDateOf(session.day);
    const created = stampOf(session.day - 14, 540);
    const by = { createdBy: ctx.actorStaffId, updatedBy: ctx.actorStaffId };
    const done = held ? stampOf(session.day, 1020) : created;
    const chair = rng.pick(workers);
    const shien = session.kind === 'shien';
    const nextOn = book.nextRegular(session.kind, session.day);
    const meetingId = insert.meeting({
      kind: session.kind,
      title: `${Number(iso.slice(5, 7))}月${session.regular ? '定例' : '（追加開催）'}`,
      heldOn: iso,
      startTime: shien ? '14:00' : '10:00',
      endTime: shien ? '15:30' : '11:30',
      place: rng.pick(meetingPlaces[session.kind]),
      chairStaffId: chair.id,
      chairName: '',
      status: held ? 'held' : 'planned',
      generalMinutes: held ? rng.pick(generalMinutes) : '',
      nextMeetingOn: nextOn === null ? null : isoDateOf(nextOn),
      nextMeetingNote: held && nextOn !== null ? rng.pick(nextMeetingNotes) : '',
      createdAt: created,
      updatedAt: done,
      ...by,
    });
    ids.set(session, meetingId);

    const ack = shien && held ? iso : null;
    const staffAttending = [
      chair,
      ...rng.sample(
        workers.filter((w) => w.id !== chair.id),
        1,
      ),
    ];
    const agencyIds = [
      ...new Set(
        [...session.agenda.keys()].flatMap((caseId) =>
          (caseAgencies.get(caseId) ?? []).map((a) => a.agencyId),
        ),
      ),
    ].slice(0, maxAgencyAttendees);
    let position = 0;
    for (const member of staffAttending) {
      insert.attendee({
        meetingId,
        position: (position += 1),
        staffId: member.id,
        agencyId: null,
        name: member.displayName,
        affiliation: member.affiliation,
        // The chair leads; the other staff member takes the minutes.
        role: member.id === chair.id ? 'chair' : 'recorder',
        confidentialityAckOn: ack,
        createdAt: created,
        updatedAt: done,
        ...by,
      });
    }
    for (const agencyId of agencyIds) {
      insert.attendee({
        meetingId,
        position: (position += 1),
        staffId: null,
        agencyId,
        name: nonEmpty(contactPersons.get(agencyId), '担当者'),
        affiliation: '',
        role: 'member',
        confidentialityAckOn: ack,
        createdAt: created,
        updatedAt: done,
        ...by,
      });
    }

    let order = 0;
    // Each case takes 20 minutes of the sitting, in agenda order.
    const startMinute = shien ? 14 * 60 : 10 * 60;
    const clock = (minute: number) =>
      `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    for (const entry of session.agenda.values()) {
      const slotStart = startMinute + 20 * order;
      const agencies = caseAgencies.get(entry.caseId) ?? [];
      const meetingCaseId = insert.agendaCase({
        meetingId,
        caseId: entry.caseId,
        position: (order += 1),
        startTime: slotStart + 20 <= startMinute + 90 ? clock(slotStart) : null,
        endTime: slotStart + 20 <= startMinute + 90 ? clock(slotStart + 20) : null,
        agencyReports:
          held && agencies.length > 0
            ? agencies
                .slice(0, maxActions)
                .map((a) => `${a.name}：${rng.pick(agencyReportTexts)}`)
                .join('\n')
            : '',
        // At a 支援会議 the person has not consented and is not asked here.
        personWishes: held && !shien ? rng.pick(personWishTexts) : '',
        minutes: held ? rng.pick(shien ? shienMinutes : jusouMinutes) : '',
        createdAt: created,
        updatedAt: done,
        ...by,
      });
      for (const decision of entry.decisions) {
        const at = stampOf(session.day, 1000);
        insert.decision({
          meetingCaseId,
          kind: decision.kind,
          text: decision.text,
          planId: decision.planId,
          closeReasonCode: decision.closeReasonCode ?? null,
          createdAt: at,
          updatedAt: at,
          ...by,
        });
      }
      // 今後のアクション: each agency's part until the next sitting (a closed case has none).
      const closing = entry.decisions.some((d) => d.kind === 'closure');
      const actors = held && !closing ? agencies.filter((a) => a.role !== '') : [];
      actors.slice(0, maxActions).forEach((a, i) => {
        const at = stampOf(session.day, 1010);
        insert.action({
          meetingCaseId,
          position: i + 1,
          agencyId: a.agencyId,
          staffId: null,
          assignee: a.name,
          content: a.role,
          dueOn: isoDateOf(nextOn ?? session.day + 28),
          createdAt: at,
          updatedAt: at,
          ...by,
        });
      });
    }
  }
  return ids;
}
