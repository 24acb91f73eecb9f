import { auditActionTable } from '../auditActionSpec';
import { planFieldLabels } from '../auditFieldLabels';
import { codeList } from '../auditVocabulary';

/** 支援プラン: drafts, confirmation, consent, evaluation, revision and every view. */
export const planActions = auditActionTable({
  'plan.create': { label: '支援プランの作成', group: 'plan', target: 'plan' },
  'plan.update': {
    label: '支援プランの変更',
    group: 'plan',
    target: 'plan',
    detail: { fields: codeList('変更した項目', planFieldLabels) },
  },
  'plan.history': { label: '支援プラン（案）の訂正履歴の閲覧', group: 'plan', target: 'plan' },
  'plan.confirm': { label: '支援プランの確定', group: 'plan', target: 'plan' },
  'plan.recordConsent': { label: '支援プランの同意', group: 'plan', target: 'plan' },
  'plan.evaluate': { label: '支援プランの評価', group: 'plan', target: 'plan' },
  'plan.revise': { label: '支援プランの見直し', group: 'plan', target: 'plan' },
  'plan.view': { label: '支援プランの閲覧', group: 'plan', target: 'plan' },
});
