import { meetingDecisionKinds, meetingKinds } from '../../meetingCodes';
import { auditActionTable } from '../auditActionSpec';
import { meetingFieldLabels } from '../auditFieldLabels';
import { code, codeList } from '../auditVocabulary';

const ofKind = { kind: code('会議の種類', meetingKinds.labels) };
const decision = { kind: code('決定の種類', meetingDecisionKinds.labels) };

/** 支援会議・重層的支援会議 …: header, attendees, agenda, minutes, decisions, every view. */
export const meetingActions = auditActionTable({
  'meeting.create': { label: '会議の登録', group: 'meeting', target: 'meeting', detail: ofKind },
  'meeting.update': {
    label: '会議の変更',
    group: 'meeting',
    target: 'meeting',
    detail: { fields: codeList('変更した項目', meetingFieldLabels) },
  },
  'meeting.view': { label: '会議の閲覧', group: 'meeting', target: 'meeting' },
  'meeting.setAttendees': { label: '出席者の登録', group: 'meeting', target: 'meeting' },
  'meeting.addCase': {
    label: '検討ケースの追加',
    group: 'meeting',
    target: 'meeting',
    detail: ofKind,
  },
  'meeting.removeCase': {
    label: '検討ケースを外す',
    group: 'meeting',
    target: 'meeting',
    detail: ofKind,
  },
  'meeting.recordMinutes': {
    label: '協議内容の記録',
    group: 'meeting',
    target: 'meeting',
    detail: ofKind,
  },
  'meeting.addDecision': {
    label: '決定事項の記録',
    group: 'meeting',
    target: 'meeting',
    detail: decision,
  },
  'meeting.removeDecision': {
    label: '決定事項の削除',
    group: 'meeting',
    target: 'meeting',
    detail: decision,
  },
});
