import type { CallInput, MeetingKind, MeetingView } from '../../../../electron/contract';
import { dateTextError, isoFromText, textFromIso } from '../../components/dateInput/dateText';
import { ja } from '../../i18n/ja';
import { compactErrors } from '../caseDetail/compactErrors';
import { parseTimeText } from '../caseDetail/parseTimeText';

/** 新しい会議 / 会議の情報を編集 as the form holds it (dates and times as typed). */
export type MeetingFormValues = {
  kind: MeetingKind | null;
  title: string;
  heldOn: string;
  startTime: string;
  endTime: string;
  place: string;
  /** The Select's value: a staff id as text, or null. */
  chairStaffId: string | null;
  chairName: string;
};

/** The header fields meeting.create takes (and meeting.update with an id). */
export type MeetingHeader = CallInput<'meeting.create'>;

/** A new meeting on `today`, of the kind asked for (none chosen otherwise). */
export function emptyMeetingValues(today: string, kind: MeetingKind | null): MeetingFormValues {
  return {
    kind,
    title: '',
    heldOn: textFromIso(today),
    startTime: '',
    endTime: '',
    place: '',
    chairStaffId: null,
    chairName: '',
  };
}

export function meetingValuesFrom(meeting: MeetingView): MeetingFormValues {
  return {
    kind: meeting.kind,
    title: meeting.title,
    heldOn: textFromIso(meeting.heldOn),
    startTime: meeting.startTime ?? '',
    endTime: meeting.endTime ?? '',
    place: meeting.place,
    chairStaffId: meeting.chairStaffId === null ? null : String(meeting.chairStaffId),
    chairName: meeting.chairName,
  };
}

function timeError(text: string): string | null {
  return text.trim() === '' || parseTimeText(text) !== null ? null : ja.meetings.form.timeFormat;
}

/** Field errors in Japanese. A meeting may be planned ahead, so 開催日 may be in the future. */
export function validateMeetingValues(values: MeetingFormValues): Record<string, string> {
  const start = parseTimeText(values.startTime);
  const end = parseTimeText(values.endTime);
  return compactErrors({
    kind: values.kind === null ? ja.meetings.form.kindRequired : null,
    heldOn: dateTextError(values.heldOn, { required: true }),
    startTime: timeError(values.startTime),
    endTime:
      timeError(values.endTime) ??
      (start !== null && end !== null && end < start ? ja.meetings.form.timesOrder : null),
  });
}

/** The header a validated form describes; the next date is kept as it was. */
export function meetingHeaderFrom(
  values: MeetingFormValues,
  nextMeetingOn: string | null = null,
): MeetingHeader {
  const heldOn = isoFromText(values.heldOn);
  if (heldOn === null || values.kind === null) throw new Error('meeting saved before validation');
  return {
    kind: values.kind,
    title: values.title.trim(),
    heldOn,
    startTime: parseTimeText(values.startTime),
    endTime: parseTimeText(values.endTime),
    place: values.place.trim(),
    chairStaffId: values.chairStaffId === null ? null : Number(values.chairStaffId),
    chairName: values.chairStaffId === null ? values.chairName.trim() : '',
    nextMeetingOn,
  };
}

/**
 * meeting.update's input from the meeting as it is, with `changes` applied. The update replaces
 * the whole header (omitted fields fall back to their defaults), so every field is sent; the
 * kind is sent only when it changes (it cannot while cases are on the agenda).
 */
export function meetingUpdateFrom(
  meeting: MeetingView,
  changes: Partial<Omit<CallInput<'meeting.update'>, 'id'>> = {},
): CallInput<'meeting.update'> {
  const input: CallInput<'meeting.update'> = {
    id: meeting.id,
    title: meeting.title,
    heldOn: meeting.heldOn,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    chairStaffId: meeting.chairStaffId,
    chairName: meeting.chairName,
    nextMeetingOn: meeting.nextMeetingOn,
    ...changes,
  };
  if (input.kind === meeting.kind) delete input.kind;
  return input;
}
