import { fields as fieldCodes, type Field } from '../../contract/caseCodes';
import { ageRangeText, type ResourceFitReason } from '../../contract/communityCodes';
import type {
  ResourceFitReasonView,
  ResourceFitView,
  ResourceView,
} from '../../contract/schemas/participation';
import { roomOf } from './resourceViews';

/** What 資源を探す knows of the person: 満年齢, the household's 地区・圏域, the case's 相談分野. */
export type FitSubject = { age: number | null; district: string; fields: readonly Field[] };

/** Points each reason adds to the fit; a reason not listed adds nothing. */
const points: Partial<Record<ResourceFitReason, number>> = {
  ageInside: 1,
  fieldMatch: 2,
  fieldOther: -1,
  sameDistrict: 2,
  sameArea: 1,
  townWide: 1,
  roomOpen: 1,
};

const tones: Record<ResourceFitReason, ResourceFitReasonView['tone']> = {
  ageInside: 'good',
  ageOutside: 'poor',
  ageUnknown: 'neutral',
  fieldMatch: 'good',
  fieldOther: 'poor',
  sameDistrict: 'good',
  sameArea: 'good',
  townWide: 'good',
  otherArea: 'neutral',
  roomOpen: 'good',
  roomAsk: 'neutral',
  roomFull: 'poor',
};

function reason(code: ResourceFitReason, detail = ''): ResourceFitReasonView {
  return { code, tone: tones[code], detail };
}

function ageReason(subject: FitSubject, resource: ResourceView): ResourceFitReasonView | null {
  const range = ageRangeText(resource.ageMin, resource.ageMax);
  if (!range) return null;
  if (subject.age === null) return reason('ageUnknown', `対象 ${range}`);
  const inside =
    (resource.ageMin === null || subject.age >= resource.ageMin) &&
    (resource.ageMax === null || subject.age <= resource.ageMax);
  return reason(inside ? 'ageInside' : 'ageOutside', range);
}

const fieldLabels = (list: readonly Field[]) =>
  list.map((field) => fieldCodes.labels[field]).join('・');

function fieldReason(subject: FitSubject, resource: ResourceView): ResourceFitReasonView | null {
  if (resource.fields.length === 0 || subject.fields.length === 0) return null;
  const shared = resource.fields.filter((field) => subject.fields.includes(field));
  return shared.length > 0
    ? reason('fieldMatch', fieldLabels(shared))
    : reason('fieldOther', fieldLabels(resource.fields));
}

/**
 * 地区・圏域 as the office writes it (「北圏域・本町」, 「北圏域」, 「本町」): the 圏域 before 「・」, the
 * 地区 after it; a lone word is a 圏域 when it ends so, else a 地区.
 */
export function placeOf(text: string): { area: string; local: string; townWide: boolean } {
  const plain = text.normalize('NFKC').replace(/\s+/gu, '');
  const townWide = /全域|全体/u.test(plain);
  const [first = '', ...rest] = plain.split(/[・･/／]/u);
  if (rest.length > 0) return { area: first, local: rest.join('・'), townWide };
  return first.endsWith('圏域')
    ? { area: first, local: '', townWide }
    : { area: '', local: first, townWide };
}

function placeReason(subject: FitSubject, resource: ResourceView): ResourceFitReasonView | null {
  const there = placeOf(resource.district);
  if (there.townWide) return reason('townWide');
  const home = placeOf(subject.district);
  if (home.local && home.local === there.local) return reason('sameDistrict', there.local);
  if (home.area && home.area === there.area) return reason('sameArea', there.area);
  if (home.area && there.area) return reason('otherArea', there.area);
  return null;
}

function roomReason(resource: ResourceView): ResourceFitReasonView {
  const room = roomOf(resource);
  if (room === 'full') {
    const byPlaces = resource.intake !== 'full' && resource.capacity !== null;
    return reason('roomFull', byPlaces ? `定員 ${resource.capacity}人` : '');
  }
  const free = resource.freeCapacity === null ? '' : `空き ${resource.freeCapacity}`;
  return reason(room === 'open' ? 'roomOpen' : 'roomAsk', free);
}

/** The reasons a resource fits the person or not: 年齢, 分野, 場所, 受入状況, in that order. */
export function fitReasons(subject: FitSubject, resource: ResourceView): ResourceFitReasonView[] {
  return [
    ageReason(subject, resource),
    fieldReason(subject, resource),
    placeReason(subject, resource),
    roomReason(resource),
  ].filter((r): r is ResourceFitReasonView => r !== null);
}

function fitScore(fit: readonly ResourceFitReasonView[]): number {
  return fit.reduce((sum, r) => sum + (points[r.code] ?? 0), 0);
}

const has = (fit: readonly ResourceFitReasonView[], code: ResourceFitReason) =>
  fit.some((r) => r.code === code);

/**
 * Resources (in name order) ranked for one person: 満員 last, then those whose 対象年齢 leaves
 * the person out; within each group the best fit first (分野, 地区・圏域, 年齢, 受入可), ties
 * keeping name order.
 */
export function rankResources(
  subject: FitSubject,
  resources: readonly ResourceView[],
): ResourceFitView[] {
  const ranked = resources.map((resource) => {
    const fit = fitReasons(subject, resource);
    return {
      view: { ...resource, fit },
      key: [Number(has(fit, 'roomFull')), Number(has(fit, 'ageOutside')), -fitScore(fit)],
    };
  });
  // Array.prototype.sort is stable: equal keys keep the name order.
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i += 1) {
      const d = (a.key[i] ?? 0) - (b.key[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return ranked.map((entry) => entry.view);
}
