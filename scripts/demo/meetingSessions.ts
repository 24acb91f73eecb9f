import type { CloseReason } from '../../electron/contract/caseCodes';
import type { MeetingDecisionKind } from '../../electron/contract/meetingCodes';
import { isoDateOf, weekdayOf } from './demoCalendar';

/** The two kinds the demo holds: 支援会議 (no consent) and 重層的支援会議 (with consent). */
export type DemoMeetingKind = 'shien' | 'jusou';

export type DecisionDraft = {
  kind: MeetingDecisionKind;
  text: string;
  planId: number | null;
  /** 終結理由 of a 終結 decision. */
  closeReasonCode?: CloseReason | null;
};

/** A case on one session's agenda, with what was decided about it there. */
export type AgendaEntry = { caseId: number; decisions: DecisionDraft[] };

/** One sitting of a meeting: the month's regular one, or an extra one when the regular is full. */
export type Session = {
  kind: DemoMeetingKind;
  day: number;
  regular: boolean;
  agenda: Map<number, AgendaEntry>;
};

/**
 * 支援会議 sits on Tuesdays (regularly the 2nd Tuesday), 重層的支援会議 on Thursdays (regularly
 * the 4th); the other weeks' sittings exist only for the overflow of a large town.
 */
const schedule: Record<DemoMeetingKind, { weekday: number; regularWeek: number }> = {
  shien: { weekday: 2, regularWeek: 2 },
  jusou: { weekday: 4, regularWeek: 4 },
};

/** Cases per sitting: a meeting discusses a handful of households. */
export const agendaCapacity = 8;

/** Where a case goes: the earliest sitting in range, or the latest (a closure closes the story). */
export type Placement = 'first' | 'last';

/** Every possible sitting of both kinds in [from, to], by day; filled by `place`. */
export class SessionBook {
  private readonly sittings: Record<DemoMeetingKind, Session[]>;

  constructor(from: number, to: number) {
    this.sittings = { shien: sittingsOf('shien', from, to), jusou: sittingsOf('jusou', from, to) };
  }

  /**
   * Puts the case on a sitting of `kind` held in [earliest, latest] — a regular one if any has
   * room (or has the case already), else any — adding the decisions; null when none can.
   */
  place(
    kind: DemoMeetingKind,
    window: { earliest: number; latest: number },
    mode: Placement,
    caseId: number,
    decisions: DecisionDraft[],
  ): Session | null {
    const inRange = this.sittings[kind].filter(
      (s) => s.day >= window.earliest && s.day <= window.latest,
    );
    if (mode === 'last') inRange.reverse();
    const fits = (s: Session) => s.agenda.has(caseId) || s.agenda.size < agendaCapacity;
    const session = inRange.find((s) => s.regular && fits(s)) ?? inRange.find(fits);
    if (!session) return null;
    const entry = session.agenda.get(caseId) ?? { caseId, decisions: [] };
    entry.decisions.push(...decisions);
    session.agenda.set(caseId, entry);
    return session;
  }

  /** The sittings that have an agenda, by day (支援会議 first on a day both sit). */
  held(): Session[] {
    return [...this.sittings.shien, ...this.sittings.jusou]
      .filter((s) => s.agenda.size > 0)
      .sort((a, b) => a.day - b.day || (a.kind === b.kind ? 0 : a.kind === 'shien' ? -1 : 1));
  }

  /** The next regular sitting of the kind after `day`. */
  nextRegular(kind: DemoMeetingKind, day: number): number | null {
    return this.sittings[kind].find((s) => s.regular && s.day > day)?.day ?? null;
  }
}

function sittingsOf(kind: DemoMeetingKind, from: number, to: number): Session[] {
  const { weekday, regularWeek } = schedule[kind];
  const sessions: Session[] = [];
  let day = from + ((weekday - weekdayOf(from) + 7) % 7);
  for (; day <= to; day += 7) {
    const week = Math.ceil(Number(isoDateOf(day).slice(8, 10)) / 7);
    sessions.push({ kind, day, regular: week === regularWeek, agenda: new Map() });
  }
  return sessions;
}
