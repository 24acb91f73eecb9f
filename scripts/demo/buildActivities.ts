import type { ActivityKind } from '../../electron/contract/communityCodes';
import type { CommunityInserts } from './communityInserts';
import { activityNames, activityPlaces, organisations, organisers } from './communityTexts';
import { dayOf, isoDateOf, stampOf, weekdayOf } from './demoCalendar';
import type { Rng } from './rng';

export type ActivityContext = {
  rng: Rng;
  insert: CommunityInserts;
  today: number;
  actorStaffId: number;
  staffIds: readonly number[];
};

/** What a month holds: 居場所 twice, a network meeting, and in turn an event, 資源開発 or a lecture. */
function kindsOfMonth(index: number): ActivityKind[] {
  const turn: ActivityKind[] = ['event', 'development', 'lecture'];
  return ['ibasho', 'ibasho', 'network', turn[index % turn.length] ?? 'event'];
}

const sizes: Record<ActivityKind, [number, number]> = {
  ibasho: [6, 20],
  event: [40, 160],
  network: [8, 18],
  development: [4, 10],
  lecture: [15, 60],
};

/** Who came, by group: counted at 居場所 and events, not at meetings and lectures. */
function groups(rng: Rng, kind: ActivityKind, total: number) {
  if (kind !== 'ibasho' && kind !== 'event') {
    return {
      participantsElderly: null,
      participantsDisability: null,
      participantsChildren: null,
      participantsOther: null,
    };
  }
  const elderly = Math.round(total * (kind === 'ibasho' ? 0.5 : 0.3) * (0.6 + rng.next() * 0.4));
  const children = Math.round((total - elderly) * (kind === 'event' ? 0.5 : 0.2) * rng.next());
  const disability = rng.int(0, Math.min(3, total - elderly - children));
  return {
    participantsElderly: elderly,
    participantsDisability: disability,
    participantsChildren: children,
    participantsOther: total - elderly - children - disability,
  };
}

/** The `nth` weekday (0 = Sunday) of the month starting on `firstDay`. */
function nthWeekday(firstDay: number, weekday: number, nth: number): number {
  return firstDay + ((weekday - weekdayOf(firstDay) + 7) % 7) + (nth - 1) * 7;
}

/**
 * 地域づくり over the twelve months up to today: each month's activities (`repeat` times each, for
 * a larger town), on the days they are held, none after today. Returns how many were written.
 */
export function writeActivities(ctx: ActivityContext, repeat: number): number {
  const { rng } = ctx;
  const thisMonth = isoDateOf(ctx.today).slice(0, 7);
  let written = 0;
  for (let back = 11; back >= 0; back -= 1) {
    const [year, month] = thisMonth.split('-').map(Number) as [number, number];
    const index = year * 12 + month - 1 - back;
    const firstDay = dayOf(
      `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`,
    );
    kindsOfMonth(index).forEach((kind, position) => {
      for (let copy = 0; copy < repeat; copy += 1) {
        // 居場所 on the 2nd and 4th Wednesday, meetings on a Tuesday, events on a Saturday.
        const day =
          kind === 'ibasho'
            ? nthWeekday(firstDay, 3, position === 0 ? 2 : 4)
            : nthWeekday(firstDay, kind === 'event' ? 6 : 2, (copy % 4) + 1);
        if (day > ctx.today) continue;
        const names = activityNames[kind];
        const [place, district] = rng.pick(activityPlaces);
        const participants = rng.int(...sizes[kind]);
        ctx.insert.communityActivity({
          heldOn: isoDateOf(day),
          name: names[(index + copy) % names.length] ?? kind,
          kind,
          place,
          district,
          organisers: organisers[kind],
          participants,
          ...groups(rng, kind, participants),
          organisations: organisations[kind],
          staffId: rng.pick(ctx.staffIds),
          note: '',
          createdAt: stampOf(day, 1050),
          updatedAt: stampOf(day, 1050),
          createdBy: ctx.actorStaffId,
          updatedBy: ctx.actorStaffId,
        });
        written += 1;
      }
    });
  }
  return written;
}
