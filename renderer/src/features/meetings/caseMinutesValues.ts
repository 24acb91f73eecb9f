import type { CallInput, MeetingCaseView } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { parseTimeText } from '../caseDetail/parseTimeText';

/** One 今後のアクション row as typed; `key` keeps React rows stable while rows are added. */
export type ActionDraft = { key: string; assignee: string; content: string; dueOn: string };

/** The minutes of one case as the form holds them (times and dates as typed). */
export type CaseMinutesValues = {
  startTime: string;
  endTime: string;
  agencyReports: string;
  personWishes: string;
  minutes: string;
  actions: ActionDraft[];
};

let nextKey = 0;
export function newActionDraft(): ActionDraft {
  nextKey += 1;
  return { key: `action-${nextKey}`, assignee: '', content: '', dueOn: '' };
}

export function caseMinutesValues(item: MeetingCaseView): CaseMinutesValues {
  return {
    startTime: item.startTime ?? '',
    endTime: item.endTime ?? '',
    agencyReports: item.agencyReports,
    personWishes: item.personWishes,
    minutes: item.minutes,
    actions: item.actions.map((a) => ({
      ...newActionDraft(),
      assignee: a.assignee,
      content: a.content,
      dueOn: textFromIso(a.dueOn),
    })),
  };
}

/** A row left wholly empty is dropped, not refused. */
function filledActions(values: CaseMinutesValues): ActionDraft[] {
  return values.actions.filter(
    (a) => a.assignee.trim() !== '' || a.content.trim() !== '' || a.dueOn.trim() !== '',
  );
}

/** Errors by field: times as 14:00, each action row with 担当 and 内容 and a real 期限. */
export function caseMinutesErrors(values: CaseMinutesValues): Record<string, string> {
  const t = ja.meetings.minutes;
  const errors: Record<string, string> = {};
  for (const field of ['startTime', 'endTime'] as const) {
    if (values[field].trim() !== '' && parseTimeText(values[field]) === null) {
      errors[field] = ja.meetings.form.timeFormat;
    }
  }
  for (const a of filledActions(values)) {
    if (a.assignee.trim() === '' || a.content.trim() === '') {
      errors[`${a.key}.content`] = t.actionRequired;
    }
    const dateError = dateTextError(a.dueOn);
    if (dateError !== null) errors[`${a.key}.dueOn`] = dateError;
  }
  return errors;
}

function timeOrNull(text: string): string | null {
  return text.trim() === '' ? null : parseTimeText(text);
}

/** meeting.recordMinutes' input from values that passed `caseMinutesErrors`. */
export function caseMinutesInput(
  meetingId: number,
  caseId: number,
  values: CaseMinutesValues,
): CallInput<'meeting.recordMinutes'> {
  return {
    meetingId,
    caseId,
    minutes: values.minutes,
    startTime: timeOrNull(values.startTime),
    endTime: timeOrNull(values.endTime),
    agencyReports: values.agencyReports,
    personWishes: values.personWishes,
    actions: filledActions(values).map((a) => ({
      assignee: a.assignee.trim(),
      content: a.content.trim(),
      dueOn: isoFromText(a.dueOn),
    })),
  };
}

/** What the values send, to compare with what is saved (row keys and spacing ignored). */
export function caseMinutesKey(values: CaseMinutesValues): string {
  return JSON.stringify(caseMinutesInput(0, 0, values));
}
