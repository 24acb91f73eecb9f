import type { Field, NoteMeans, Route, Urgency } from '../caseCodes';
import type { OutreachMethod, OutreachResult } from '../communityCodes';
import type { MeetingKind, MeetingStatus } from '../meetingCodes';
import { z } from '../zodJapanese';
import { idSchema, isoDateSchema } from './fieldSchemas';

/** One day (a date in Japan) of one staff member's records, or of the whole office (null). */
export const dailyRecordInput = z.strictObject({
  date: isoDateSchema('日付'),
  staffId: idSchema.nullable().default(null),
});

/** A 経過記録 of the day. */
export type DailyNote = {
  id: number;
  caseId: number;
  caseNumber: string;
  personName: string;
  /** `HH:mm`, Japan time as written. */
  time: string;
  means: NoteMeans;
  counterpart: string;
  staffName: string | null;
  facts: string;
  assessment: string;
  nextAction: string;
  /** 次の対応の期日, when it has one. */
  nextActionOn: string | null;
  minutes: number | null;
  restricted: boolean;
  /** 取消: written in error; listed, marked, and left out of the day's minutes. */
  withdrawn: boolean;
};

/** A 相談受付 of the day (a case received that day). */
export type DailyIntake = {
  caseId: number;
  caseNumber: string;
  personName: string;
  receivedByName: string | null;
  route: Route;
  fields: Field[];
  urgency: Urgency;
  chiefComplaint: string;
  restricted: boolean;
};

/** An アウトリーチ contact (or attempt) of the day. */
export type DailyContact = {
  id: number;
  targetId: number;
  targetName: string;
  method: OutreachMethod;
  result: OutreachResult;
  staffName: string | null;
  note: string;
};

/** A meeting held that day (not 中止) that the staff member chaired or attended. */
export type DailyMeeting = {
  id: number;
  kind: MeetingKind;
  kindName: string;
  title: string;
  startTime: string | null;
  endTime: string | null;
  place: string;
  status: MeetingStatus;
  chairName: string;
  caseCount: number;
};

/** 一日の相談記録: everything recorded for one day, as a 係長 reads it at the end of the day. */
export type DailyRecord = {
  date: string;
  staffId: number | null;
  /** The staff member's name; null for the whole office. */
  staffName: string | null;
  notes: DailyNote[];
  intakes: DailyIntake[];
  contacts: DailyContact[];
  meetings: DailyMeeting[];
};
