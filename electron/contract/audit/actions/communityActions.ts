import {
  activityKinds,
  matchStatuses,
  outreachMethods,
  outreachResults,
  outreachStages,
  resourceKinds,
} from '../../communityCodes';
import { auditActionTable } from '../auditActionSpec';
import {
  activityFieldLabels,
  matchFieldLabels,
  outreachFieldLabels,
  resourceFieldLabels,
} from '../auditFieldLabels';
import { change, code, codeList } from '../auditVocabulary';

const changed = (labels: Record<string, string>) => ({ fields: codeList('変更した項目', labels) });
const stage = outreachStages.labels;

/** アウトリーチ, 参加支援 (社会資源 and matches) and 地域づくり. */
export const communityActions = auditActionTable({
  'outreach.create': { label: 'アウトリーチの登録', group: 'outreach', target: 'outreach' },
  'outreach.update': {
    label: 'アウトリーチの変更',
    group: 'outreach',
    target: 'outreach',
    detail: changed(outreachFieldLabels),
  },
  'outreach.view': {
    label: 'アウトリーチの閲覧',
    group: 'outreach',
    target: 'outreach',
    detail: { stage: code('段階', stage) },
  },
  'outreach.addContact': {
    label: '接触の記録',
    group: 'outreach',
    target: 'outreach',
    detail: {
      method: code('方法', outreachMethods.labels),
      result: code('結果', outreachResults.labels),
      stage: change('段階', stage),
    },
  },
  'outreach.setStage': {
    label: 'アウトリーチの段階の変更',
    group: 'outreach',
    target: 'outreach',
    detail: { from: code('変更前', stage), to: code('変更後', stage) },
  },
  'outreach.transfer': {
    label: '支援へ移行',
    group: 'outreach',
    target: 'outreach',
    detail: { from: code('移行前の段階', stage) },
  },
  'resource.create': {
    label: '社会資源の登録',
    group: 'participation',
    target: 'resource',
    detail: { kind: code('種類', resourceKinds.labels) },
  },
  'resource.update': {
    label: '社会資源の変更',
    group: 'participation',
    target: 'resource',
    detail: changed(resourceFieldLabels),
  },
  'resource.find': {
    label: '資源を探す（本人に合わせて）',
    group: 'participation',
    target: 'person',
  },
  'match.create': { label: '参加支援の提案', group: 'participation', target: 'match' },
  'match.update': {
    label: '参加支援の変更',
    group: 'participation',
    target: 'match',
    detail: changed(matchFieldLabels),
  },
  'match.followUp': {
    label: 'フォローアップの記録',
    group: 'participation',
    target: 'match',
    detail: { status: change('状態', matchStatuses.labels) },
  },
  'match.view': { label: '参加支援の閲覧', group: 'participation', target: 'match' },
  'activity.create': {
    label: '地域づくりの活動の登録',
    group: 'community',
    target: 'activity',
    detail: { kind: code('種類', activityKinds.labels) },
  },
  'activity.update': {
    label: '地域づくりの活動の変更',
    group: 'community',
    target: 'activity',
    detail: changed(activityFieldLabels),
  },
});
