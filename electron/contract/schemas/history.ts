import { consentMethods, consentStates } from '../caseCodes';
import type { RevisedRecord } from '../historyCodes';
import { z } from '../zodJapanese';
import {
  idSchema,
  isoDateSchema,
  lineSchema,
  requiredLineSchema,
  textSchema,
} from './fieldSchemas';

/** Which record's 訂正履歴 to read: a note, a case, a consent or a plan, by its id. */
export const historyGetInput = z.strictObject({ id: idSchema });

/** 取消 of a 経過記録 written in error: the note stays, marked withdrawn with the reason. */
export const noteWithdrawInput = z.strictObject({
  id: idSchema,
  reason: requiredLineSchema('取消の理由', 500),
});

/**
 * 訂正 of a 本人同意 record that was written wrongly (the date, how, who wrote it, the agencies,
 * the note, or the state itself). The kind stays; the earlier version is kept.
 */
export const consentCorrectInput = z.strictObject({
  id: idSchema,
  state: z.enum(consentStates.codes),
  recordedOn: isoDateSchema('日付'),
  method: z.enum(consentMethods.codes).nullable().default(null),
  proxyName: lineSchema('代筆者', 100).default(''),
  agencyIds: z.array(idSchema).max(50).default([]),
  note: textSchema('備考', 1000).default(''),
});

/** A stored field value as it was (plans hold lists of goals and rows). */
export type HistoryValue =
  string | number | boolean | null | HistoryValue[] | { [key: string]: HistoryValue };

/** One version of a record: what it said, who wrote it and when, and what it changed. */
export type RecordVersionView = {
  /** 1 for the record as first written. */
  version: number;
  /** The version in force now (the record itself). */
  current: boolean;
  writtenAt: string;
  writtenByName: string | null;
  /** When and by whom this version was corrected; null for the current one. */
  replacedAt: string | null;
  replacedByName: string | null;
  /** The record's fields in this version, keyed as the record's form names them. */
  content: Record<string, HistoryValue>;
  /** The keys whose values differ from the version before (empty for version 1). */
  changed: string[];
};

/** 取消 of a note: when, by whom, why. */
export type WithdrawalView = { at: string; byName: string | null; reason: string };

/** A record's 訂正履歴, oldest version first, with the names of staff and agencies it refers to. */
export type RecordHistory = {
  record: RevisedRecord;
  id: number;
  caseId: number;
  versions: RecordVersionView[];
  withdrawn: WithdrawalView | null;
  names: { staff: Record<string, string>; agency: Record<string, string> };
};
