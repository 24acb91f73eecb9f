import type { ColumnSpec } from './columnSpec';

export type ConsultationColumnKey =
  | 'receivedOn'
  | 'name'
  | 'nameKana'
  | 'birthDate'
  | 'sex'
  | 'address'
  | 'phone'
  | 'route'
  | 'fields'
  | 'tags'
  | 'chiefComplaint'
  | 'staff'
  | 'consent'
  | 'closedOn';

/** The columns of a 相談受付簿 and every heading recognised for each (issue 7, section 3). */
export const consultationColumns: readonly ColumnSpec<ConsultationColumnKey>[] = [
  {
    key: 'receivedOn',
    label: '受付日',
    headers: ['相談日', '受付年月日', '相談年月日'],
    type: 'date',
    required: true,
  },
  {
    key: 'name',
    label: '氏名',
    headers: ['本人氏名', '相談者氏名', '名前'],
    type: 'text',
    required: true,
  },
  {
    key: 'nameKana',
    label: 'ふりがな',
    headers: ['フリガナ', 'よみがな', 'ヨミガナ', 'カナ', '氏名(カナ)', '氏名(ふりがな)'],
    type: 'text',
  },
  { key: 'birthDate', label: '生年月日', headers: [], type: 'date' },
  { key: 'sex', label: '性別', headers: [], type: 'text' },
  { key: 'address', label: '住所', headers: ['現住所'], type: 'text' },
  { key: 'phone', label: '電話番号', headers: ['電話', '連絡先', 'TEL'], type: 'text' },
  { key: 'route', label: '相談経路', headers: ['受付経路', '経路'], type: 'text' },
  { key: 'fields', label: '相談分野', headers: ['分野'], type: 'text' },
  { key: 'tags', label: '課題', headers: ['課題分類'], type: 'text' },
  { key: 'chiefComplaint', label: '主訴', headers: ['相談内容', '内容'], type: 'text' },
  { key: 'staff', label: '担当者', headers: ['担当'], type: 'text' },
  { key: 'consent', label: '本人同意', headers: ['同意'], type: 'text' },
  { key: 'closedOn', label: '終結日', headers: [], type: 'date' },
];
