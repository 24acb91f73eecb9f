import type { ColumnSpec } from './columnSpec';

export type ResourceColumnKey =
  | 'name'
  | 'kind'
  | 'hostName'
  | 'place'
  | 'district'
  | 'schedule'
  | 'capacity'
  | 'target'
  | 'contact'
  | 'memo';

/** The columns of a 社会資源一覧 (the resource table's fields) and the headings recognised for each. */
export const resourceColumns: readonly ColumnSpec<ResourceColumnKey>[] = [
  {
    key: 'name',
    label: '名称',
    headers: ['社会資源名', '資源名', '活動名', '事業名', '名前'],
    type: 'text',
    required: true,
  },
  { key: 'kind', label: '種類', headers: ['種別', '分類', '区分'], type: 'text' },
  {
    key: 'hostName',
    label: '運営・受入先',
    headers: ['運営', '受入先', '運営者', '運営団体', '実施主体', '主催'],
    type: 'text',
  },
  { key: 'place', label: '場所', headers: ['実施場所', '会場', '住所', '所在地'], type: 'text' },
  { key: 'district', label: '地区', headers: ['圏域', '地区・圏域'], type: 'text' },
  {
    key: 'schedule',
    label: '日時・頻度',
    headers: ['日時', '開催日時', '頻度', '開催日', '開催頻度'],
    type: 'text',
  },
  { key: 'capacity', label: '定員', headers: [], type: 'text' },
  { key: 'target', label: '対象', headers: ['対象者'], type: 'text' },
  {
    key: 'contact',
    label: '連絡先',
    headers: ['電話', '電話番号', 'TEL', '問い合わせ', '問合せ先', '問い合わせ先'],
    type: 'text',
  },
  { key: 'memo', label: 'メモ', headers: ['備考'], type: 'text' },
];
