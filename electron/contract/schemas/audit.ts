import { z } from '../zodJapanese';
import { idSchema, isoDateSchema, lineSchema } from './fieldSchemas';

/** What the audit viewer filters on; every filter is optional and they combine with AND. */
export const auditFiltersSchema = z.strictObject({
  /** Who acted. */
  staffId: idSchema.optional(),
  /** Rows about this person: the person, their cases, and events naming them. */
  personId: idSchema.optional(),
  /** Rows about this case: the case, its notes and plans (by ケース番号 as people know it). */
  caseNumber: lineSchema('ケース番号', 20).optional(),
  /** One action (`case.view`) or a group of them (`auth`). */
  action: z
    .string()
    .regex(/^[a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)?$/, { error: '操作の種類が正しくありません' })
    .max(50)
    .optional(),
  /** The period, as dates in Japan (both ends included). */
  from: isoDateSchema('期間の開始').optional(),
  to: isoDateSchema('期間の終了').optional(),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export const auditListInput = z.strictObject({
  filters: auditFiltersSchema.default({}),
  /** The last row id of the previous page (keyset paging, newest first). */
  before: idSchema.optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const auditExportInput = z.strictObject({ filters: auditFiltersSchema.default({}) });

/** One audit row: as stored (codes, ids, JSON) and as the viewer shows it (`…Label`, `…Text`). */
export type AuditRowView = {
  id: number;
  at: string;
  actorName: string | null;
  actorLogin: string | null;
  action: string;
  /** The action's Japanese name: 「ケースの閲覧」. */
  actionLabel: string;
  targetType: string | null;
  targetId: string | null;
  /** What the row is about, named as people know it: 「ケース R8-0001」; '' when nothing. */
  targetText: string;
  /** The row's facts (ids, counts, field names), as stored. */
  detail: string;
  /** The facts in Japanese: 「同意の種類：重層的支援会議での検討、状態：同意あり」. */
  detailText: string;
};

export type AuditPage = { rows: AuditRowView[]; nextBefore: number | null };

/** What verifying the hash chain found, for the viewer. */
export type AuditChainView = {
  rows: number;
  problems: Array<{ id: number; position: number; message: string }>;
  /** The chain against the last row each backup in the backup folder recorded. */
  backups: { checked: number; problems: string[] };
};
