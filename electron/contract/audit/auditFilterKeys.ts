import { fields, stages } from '../caseCodes';
import type { caseListInput } from '../schemas/caseWork';
import type { AuditFilters } from '../schemas/audit';
import type { z } from '../zodJapanese';
import { code, codeList, date, flag, ref, text, type DetailKeySpec } from './auditVocabulary';

type FilterKey =
  keyof AuditFilters | Exclude<keyof z.input<typeof caseListInput>, 'limit' | 'cursor'>;

/**
 * The filters an audit.view, audit.export or export.cases row records (`filters`), named as
 * their screens name them. Every filter of both screens must be here.
 */
export const auditFilterKeys = {
  // 監査ログ
  staffId: ref('職員', 'staff'),
  personId: ref('人物', 'person'),
  caseNumber: text('ケース番号'),
  action: { label: '操作', as: 'action' },
  from: date('期間の開始'),
  to: date('期間の終了'),
  // ケース一覧
  status: code('状態', { open: '対応中', closed: '終結', all: 'すべて' }),
  stages: codeList('段階', stages.labels),
  field: code('分野', fields.labels),
  tag: text('課題'),
  consent: { label: '本人同意', as: 'consent' },
  coordination: flag('多機関協働', 'あり', 'なし'),
  receivedFrom: date('受付日（から）'),
  receivedTo: date('受付日（まで）'),
  sort: code('並び順', {
    receivedDesc: '受付日の新しい順',
    receivedAsc: '受付日の古い順',
    caseNumber: 'ケース番号順',
    stage: '段階順',
  }),
} as const satisfies Record<FilterKey, DetailKeySpec>;
