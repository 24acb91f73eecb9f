import { auditActionTable } from '../auditActionSpec';
import { date } from '../auditVocabulary';

/** 一日の相談記録: the screen and its print, by date and staff member (no record is named). */
export const dailyRecordActions = auditActionTable({
  'dailyRecord.view': {
    label: '一日の相談記録の閲覧',
    group: 'case',
    target: null,
    detail: { on: date('記録の日') },
  },
  'print.dailyRecord': {
    label: '印刷（一日の相談記録）',
    group: 'print',
    target: null,
    detail: { on: date('記録の日') },
  },
});
