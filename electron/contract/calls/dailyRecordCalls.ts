import { anyRole } from '../roles';
import { defineCall } from '../defineCall';
import { dailyRecordInput, type DailyRecord } from '../schemas/dailyRecord';

export const dailyRecordCalls = {
  /** 一日の相談記録: one day's notes, intakes, contacts and meetings (閲覧制限 applies); audited. */
  'dailyRecord.get': defineCall<DailyRecord>()({ input: dailyRecordInput, access: anyRole }),
} as const;
