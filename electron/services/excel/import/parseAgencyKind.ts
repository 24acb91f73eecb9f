import { agencyKinds, type AgencyKind } from '../../../contract/caseCodes';
import { codeMatcher } from './codeMatcher';
import { cellText, type RawCell } from './rawSheet';

const kindOf = codeMatcher<AgencyKind>({
  houkatsu: [agencyKinds.labels.houkatsu, '包括', '地域包括', '包括支援センター'],
  disabilitySupport: [
    agencyKinds.labels.disabilitySupport,
    '相談支援事業所',
    '障害者相談支援',
    '基幹相談支援センター',
    '障害',
  ],
  childFamily: [
    agencyKinds.labels.childFamily,
    '子ども家庭センター',
    '子育て世代包括支援センター',
    '子ども家庭総合支援拠点',
    '児童相談所',
  ],
  selfReliance: [
    agencyKinds.labels.selfReliance,
    '自立相談',
    '自立相談支援',
    '生活困窮者自立相談支援機関',
  ],
  shakyo: [agencyKinds.labels.shakyo, '社協', '町社協', '市社協'],
  minsei: [agencyKinds.labels.minsei, '民生委員', '児童委員', '民生・児童委員'],
  medical: [agencyKinds.labels.medical, '医療', '病院', '診療所', 'クリニック'],
  school: [agencyKinds.labels.school, '小学校', '中学校', '高校', '高等学校', '教育委員会'],
  helloWork: [agencyKinds.labels.helloWork, '公共職業安定所', 'ハローワーク'],
  municipal: [agencyKinds.labels.municipal, '庁内', '役場', '町役場', '市役所', '庁内関係課'],
  npo: [agencyKinds.labels.npo, 'NPO', 'NPO法人', '民間団体', '民間'],
  other: [agencyKinds.labels.other],
});

/**
 * 種別 as offices write it. An unknown word is not refused — offices name kinds their own way —
 * but becomes その他, keeping the word (the caller notes it and warns). Blank is その他.
 */
export function parseAgencyKind(cell: RawCell | undefined): {
  kind: AgencyKind;
  unknown: string | null;
} {
  const written = cellText(cell);
  if (written === '') return { kind: 'other', unknown: null };
  const kind = kindOf(written);
  return kind === undefined ? { kind: 'other', unknown: written } : { kind, unknown: null };
}
