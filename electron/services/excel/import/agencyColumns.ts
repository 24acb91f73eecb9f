import type { ColumnSpec } from './columnSpec';

export type AgencyColumnKey =
  'name' | 'kind' | 'contactPerson' | 'phone' | 'address' | 'shienMeetingMember' | 'memo';

/** The columns of a 関係機関一覧 (the agency table's fields) and the headings recognised for each. */
export const agencyColumns: readonly ColumnSpec<AgencyColumnKey>[] = [
  {
    key: 'name',
    label: '機関名',
    headers: ['名称', '事業所名', '団体名', '機関・団体名', '関係機関名', '機関名称'],
    type: 'text',
    required: true,
  },
  { key: 'kind', label: '種別', headers: ['区分', '分類', '機関種別'], type: 'text' },
  { key: 'contactPerson', label: '担当者', headers: ['担当', '担当者名'], type: 'text' },
  { key: 'phone', label: '電話', headers: ['電話番号', 'TEL', '連絡先'], type: 'text' },
  { key: 'address', label: '所在地', headers: ['住所'], type: 'text' },
  {
    key: 'shienMeetingMember',
    label: '支援会議',
    headers: ['支援会議構成員', '支援会議メンバー', '支援会議の構成員'],
    type: 'text',
  },
  { key: 'memo', label: 'メモ', headers: ['備考'], type: 'text' },
];
