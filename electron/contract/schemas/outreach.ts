import type { Sex } from '../caseCodes';
import { fields, sexes } from '../caseCodes';
import {
  outreachMethods,
  outreachResults,
  outreachStages,
  type OutreachMethod,
  type OutreachResult,
  type OutreachStage,
} from '../communityCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';

/** What is known about someone before a case: often not even the full name. */
const targetFields = {
  name: requiredLineSchema('氏名または呼び名', 100),
  nameKana: lineSchema('ふりがな', 100).default(''),
  personId: idSchema.nullable().default(null),
  sex: z.enum(sexes.codes).nullable().default(null),
  ageText: lineSchema('年齢・年代', 20).default(''),
  address: lineSchema('住所・場所', 200).default(''),
  district: lineSchema('地区', 50).default(''),
  raisedBy: lineSchema('把握のきっかけ（誰から）', 100).default(''),
  raisedByAgencyId: idSchema.nullable().default(null),
  raisedOn: isoDateSchema('把握日'),
  situation: textSchema('把握している状況', 4000).default(''),
  mainStaffId: idSchema.nullable().default(null),
};

export const outreachCreateInput = z.strictObject(targetFields);
export const outreachUpdateInput = z.strictObject({ id: idSchema, ...targetFields });
export const outreachGetInput = z.strictObject({ id: idSchema });

/** Open targets (not 支援へ移行 or 終了) unless `includeClosed`; by stage and staff. */
export const outreachListInput = z.strictObject({
  stage: z.enum(outreachStages.codes).optional(),
  mainStaffId: idSchema.optional(),
  includeClosed: z.boolean().default(false),
});

export const outreachAddContactInput = z.strictObject({
  targetId: idSchema,
  contactedOn: isoDateSchema('接触日'),
  method: z.enum(outreachMethods.codes, { error: '方法を選んでください' }),
  result: z.enum(outreachResults.codes, { error: '結果を選んでください' }),
  viaAgencyId: idSchema.nullable().default(null),
  note: textSchema('記録', 4000).default(''),
});

/**
 * Moves the stage on (把握 → 接触 → 関係づくり → 同意) or back, or ends it (終了 with a reason).
 * 支援へ移行 is not set here: it is outreach.transfer, which opens the case.
 */
export const outreachSetStageInput = z.strictObject({
  id: idSchema,
  stage: z.enum(['identified', 'contacted', 'relationship', 'consent', 'ended'], {
    error: '段階を選んでください',
  }),
  on: isoDateSchema('日付'),
  reason: textSchema('理由', 1000).default(''),
});

/**
 * 支援へ移行: opens a case for the person (an existing 人物, or a new household and person from
 * what the outreach record knows) with route アウトリーチ and the outreach flag, linked here.
 */
export const outreachTransferInput = z.strictObject({
  id: idSchema,
  receivedOn: isoDateSchema('受付日'),
  /** An existing person; when null a household and person are created from the record. */
  personId: idSchema.nullable().default(null),
  birthDate: isoDateSchema('生年月日').nullable().default(null),
  chiefComplaint: textSchema('主訴', 4000).default(''),
  fields: z.array(z.enum(fields.codes)).max(5).default([]),
});

export type OutreachContactView = {
  id: number;
  contactedOn: string;
  method: OutreachMethod;
  result: OutreachResult;
  viaAgencyId: number | null;
  viaAgencyName: string | null;
  staffId: number | null;
  staffName: string | null;
  note: string;
};

export type OutreachSummary = {
  id: number;
  name: string;
  nameKana: string;
  stage: OutreachStage;
  raisedOn: string;
  district: string;
  mainStaffId: number | null;
  mainStaffName: string | null;
  contactCount: number;
  lastContactOn: string | null;
  /** Days since the last contact (or since 把握 when none). */
  daysSinceContact: number;
  caseId: number | null;
  caseNumber: string | null;
};

export type OutreachView = OutreachSummary & {
  personId: number | null;
  sex: Sex | null;
  ageText: string;
  address: string;
  raisedBy: string;
  raisedByAgencyId: number | null;
  raisedByAgencyName: string | null;
  situation: string;
  endedOn: string | null;
  endReason: string;
  /** Newest first. */
  contacts: OutreachContactView[];
  editable: boolean;
};

export type OutreachTransferResult = { outreach: OutreachView; caseId: number; caseNumber: string };
