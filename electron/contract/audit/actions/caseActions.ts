import { consentKinds, consentStates } from '../../caseCodes';
import { auditActionTable } from '../auditActionSpec';
import {
  agencyFieldLabels,
  caseFieldLabels,
  consentFieldLabels,
  householdFieldLabels,
  noteFieldLabels,
  personFieldLabels,
} from '../auditFieldLabels';
import { code, codeList, date } from '../auditVocabulary';

const changed = (labels: Record<string, string>) => ({ fields: codeList('変更した項目', labels) });

/** Households, persons, cases, consent, notes and agencies. */
export const caseActions = auditActionTable({
  'household.create': { label: '世帯の登録', group: 'household', target: 'household' },
  'household.update': {
    label: '世帯の変更',
    group: 'household',
    target: 'household',
    detail: changed(householdFieldLabels),
  },
  'household.view': { label: '世帯の閲覧', group: 'household', target: 'household' },
  'person.create': { label: '人物の登録', group: 'person', target: 'person' },
  'person.update': {
    label: '人物の変更',
    group: 'person',
    target: 'person',
    detail: changed(personFieldLabels),
  },
  'person.view': { label: '人物の閲覧', group: 'person', target: 'person' },
  'person.findSame': { label: '同じ人の確認', group: 'person', target: null },
  'case.intake': { label: '相談受付', group: 'case', target: 'case' },
  'case.view': { label: 'ケースの閲覧', group: 'case', target: 'case' },
  'case.update': {
    label: 'ケースの変更',
    group: 'case',
    target: 'case',
    detail: changed(caseFieldLabels),
  },
  'case.history': { label: 'ケースの訂正履歴の閲覧', group: 'case', target: 'case' },
  'case.close': { label: '終結', group: 'case', target: 'case' },
  'caseAgency.set': { label: '関係機関の役割分担', group: 'case', target: 'case' },
  'caseAgency.remove': { label: '関係機関を外す', group: 'case', target: 'case' },
  'consent.record': {
    label: '本人同意の記録',
    group: 'consent',
    target: 'case',
    detail: {
      kind: code('同意の種類', consentKinds.labels),
      state: code('状態', consentStates.labels),
    },
  },
  'consent.correct': {
    label: '本人同意の訂正',
    group: 'consent',
    target: 'consent',
    detail: { fields: codeList('変更した項目', consentFieldLabels) },
  },
  'consent.history': { label: '本人同意の訂正履歴の閲覧', group: 'consent', target: 'consent' },
  'note.create': { label: '経過記録の追加', group: 'note', target: 'note' },
  'note.update': {
    label: '経過記録の訂正',
    group: 'note',
    target: 'note',
    detail: changed(noteFieldLabels),
  },
  'nextAction.complete': {
    label: '次の対応の完了',
    group: 'note',
    target: 'note',
    detail: { on: date('期日') },
  },
  'note.withdraw': { label: '経過記録の取消', group: 'note', target: 'note' },
  'note.history': { label: '経過記録の訂正履歴の閲覧', group: 'note', target: 'note' },
  'agency.create': { label: '関係機関の登録', group: 'agency', target: 'agency' },
  'agency.update': {
    label: '関係機関の変更',
    group: 'agency',
    target: 'agency',
    detail: changed(agencyFieldLabels),
  },
});
