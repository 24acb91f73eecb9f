import type { progressNote } from '../../db/schema';
import type { NoteMeans, Route } from '../../electron/contract/caseCodes';
import type { CaseDraft, DetailContext } from './buildCase';
import {
  closingAssessments,
  closingFacts,
  meansOpenings,
  suspendedAssessments,
  suspendedFacts,
  suspendedNext,
} from './caseTexts';
import { localDateTimeAt, stampAt } from './demoCalendar';
import type { InsertRow } from './demoInserts';
import type { Rng } from './rng';
import { themeTexts } from './themeTexts';

type NoteRow = InsertRow<typeof progressNote>;

/** How the first contact happened, by 相談経路. */
const intakeMeans: Record<Route, NoteMeans> = {
  counter: 'visitOffice',
  phone: 'phone',
  visit: 'homeVisit',
  outreach: 'outreach',
  referral: 'agency',
  email: 'email',
  other: 'visitOffice',
};

/** Typical length of a contact in minutes, by 手段. */
const minutesRange: Record<NoteMeans, readonly [number, number]> = {
  visitOffice: [30, 90],
  phone: [5, 30],
  homeVisit: [30, 120],
  accompany: [60, 180],
  email: [5, 15],
  agency: [10, 30],
  meeting: [60, 120],
  outreach: [20, 60],
};

/**
 * The case's 経過記録 at its scheduled times: the intake record first, then visits, calls and
 * agency contacts written from the theme's sentences, and for a closed or suspended case a last
 * record that says so. 内容 (facts) and 所見 (assessment) are kept apart.
 */
export function buildNotes(
  ctx: DetailContext,
  draft: CaseDraft,
  caseId: number,
  jusouGiven: boolean,
): NoteRow[] {
  const { rng } = ctx;
  const texts = themeTexts[draft.spec.theme];
  const last = draft.noteTimes.length - 1;
  const ending = draft.slot.stage === 'closed' || draft.slot.stage === 'suspended';
  const agencyName = () =>
    draft.agencies.length > 0 ? rng.pick(draft.agencies).agency.name : '関係機関';
  // In a 閲覧制限 case the worker speaks with the person only.
  const family = draft.row.restricted ? '本人' : draft.familyRelation || '家族';
  const fill = (template: string) =>
    template.includes('{')
      ? template.replace(/\{(家族|機関)\}/gu, (_, token: string) =>
          token === '家族' ? family : agencyName(),
        )
      : template;

  return draft.noteTimes.map((time, i): NoteRow => {
    let means: NoteMeans;
    let facts: string;
    let assessments: readonly string[];
    let nexts: readonly string[];
    if (i === 0) {
      means = intakeMeans[draft.row.route];
      facts = rng.pick(meansOpenings[means]) + fill(rng.pick(texts.intake));
      [assessments, nexts] = [texts.assessment, texts.next];
    } else if (i === last && ending) {
      const closed = draft.slot.stage === 'closed';
      const endings = (closed ? closingFacts : suspendedFacts).filter(
        ([m]) => !draft.row.restricted || m !== 'homeVisit',
      );
      [means, facts] = rng.pick(endings);
      assessments = closed ? closingAssessments : suspendedAssessments;
      nexts = closed ? [''] : suspendedNext;
    } else {
      means = adjustMeans(ctx.decks.noteMeans.draw(), draft);
      facts = rng.pick(meansOpenings[means]) + fill(rng.pick(texts.facts));
      [assessments, nexts] = [texts.assessment, texts.next];
    }
    const counterpart =
      i === 0 && draft.row.visitorName !== ''
        ? family
        : counterpartFor(rng, means, family, jusouGiven, agencyName);
    const [low, high] = minutesRange[means];
    const minutes = 5 * rng.int(low / 5, high / 5);
    const staffId =
      i === 0
        ? draft.receivedBy
        : draft.subStaffId !== null && rng.chance(0.25)
          ? draft.subStaffId
          : draft.mainStaffId;
    const stamp = stampAt(time + minutes + 30);
    return {
      caseId,
      occurredAt: localDateTimeAt(time),
      means,
      counterpart,
      staffId,
      facts,
      assessment: i === 0 || rng.chance(0.7) ? fill(rng.pick(assessments)) : '',
      nextAction: fill(rng.pick(nexts)),
      minutes,
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawnReason: '',
      createdAt: stamp,
      updatedAt: stamp,
      createdBy: ctx.actorStaffId,
      updatedBy: ctx.actorStaffId,
    };
  });
}

/** アウトリーチ only where the case is one; no home visits where the address must stay unknown. */
function adjustMeans(means: NoteMeans, draft: CaseDraft): NoteMeans {
  if (means === 'outreach' && !draft.row.outreach) return 'homeVisit';
  if (draft.row.restricted && (means === 'homeVisit' || means === 'outreach')) return 'visitOffice';
  return means;
}

function counterpartFor(
  rng: Rng,
  means: NoteMeans,
  family: string,
  jusouGiven: boolean,
  agencyName: () => string,
): string {
  switch (means) {
    case 'phone': {
      const roll = rng.next();
      return roll < 0.55 ? '本人' : roll < 0.75 ? family : agencyName();
    }
    case 'homeVisit':
      return rng.chance(0.3) ? `本人・${family}` : '本人';
    case 'visitOffice':
      return rng.chance(0.2) ? family : '本人';
    case 'email':
      return rng.chance(0.5) ? agencyName() : '本人';
    case 'agency':
      return agencyName();
    case 'meeting':
      return jusouGiven ? '重層的支援会議' : '支援会議';
    case 'accompany':
    case 'outreach':
      return '本人';
  }
}
