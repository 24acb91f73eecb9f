import { meetingKinds } from '../../meetingCodes';
import { auditActionTable } from '../auditActionSpec';
import { code } from '../auditVocabulary';

const ofKind = { kind: code('会議の種類', meetingKinds.labels) };

/** Paper, Excel out and Excel in: which form or file, of what, how it left. */
export const outputActions = auditActionTable({
  'print.intake': { label: '印刷（相談受付・申込票）', group: 'print', target: 'case' },
  'print.notes': { label: '印刷（経過記録）', group: 'print', target: 'case' },
  'print.plan': { label: '印刷（支援プラン）', group: 'print', target: 'case' },
  'print.evaluation': { label: '印刷（評価シート）', group: 'print', target: 'case' },
  'print.meetingHandout': {
    label: '印刷（会議資料）',
    group: 'print',
    target: 'meeting',
    detail: ofKind,
  },
  'print.meetingMinutes': {
    label: '印刷（会議録）',
    group: 'print',
    target: 'meeting',
    detail: ofKind,
  },
  'export.report': { label: '月次実績報告の出力', group: 'export', target: null },
  'export.cases': { label: 'ケース一覧の出力', group: 'export', target: null },
  'import.preview': { label: '取り込みの確認', group: 'import', target: 'import' },
  'import.run': { label: '取り込み', group: 'import', target: 'import' },
  'import.errors': { label: '取り込めなかった行の保存', group: 'import', target: 'import' },
});
