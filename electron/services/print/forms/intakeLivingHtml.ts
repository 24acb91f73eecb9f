import type { CaseDetail } from '../../../contract/schemas/caseWork';
import { html, type SafeHtml } from '../html';
import { fieldTableHtml } from './formParts';

/**
 * The B票 items of the 生活困窮 standard (FORMS.md), each a row of boxes to tick by hand: the
 * case keeps 住居形態 and 就労・保険・年金 as free text, printed beside them as recorded, since
 * guessing a box from free text could tick the wrong one.
 */
export const livingChoices = {
  仕事: [
    '正社員・公務員',
    '臨時・パート・アルバイト・派遣',
    '自営業・家族従業者・内職',
    '年金生活',
    '失業・休職中',
    'その他',
  ],
  住居: ['持家', '借家', '公営住宅', '会社寮・借上げ住宅', '野宿', 'その他'],
  健康保険: [
    '社会保険',
    '国民健康保険',
    '後期高齢者医療',
    '生活保護（医療扶助）',
    '無保険',
    'その他',
  ],
  年金: ['受給中', '加入', '未加入', '免除・猶予', 'その他'],
} as const;

function choicesHtml(choices: readonly string[]): SafeHtml {
  return html`<div class="choices">
    ${choices.map((c) => html`<span><i class="box"></i>${c}</span>`)}
  </div>`;
}

/** 仕事, 住居, 健康保険, 年金 as boxes, and what the records say. */
export function livingSituationHtml(detail: CaseDetail): SafeHtml {
  const recorded = [
    detail.household.housingType === '' ? '' : `住居形態：${detail.household.housingType}`,
    detail.person.livelihood === '' ? '' : `就労・保険・年金：${detail.person.livelihood}`,
  ].filter((s) => s !== '');
  return fieldTableHtml([
    ...Object.entries(livingChoices).map(([label, choices]) => ({
      label,
      valueHtml: choicesHtml(choices),
      wide: true,
    })),
    { label: '記録', valueHtml: recorded.join('　'), wide: true },
  ]);
}
