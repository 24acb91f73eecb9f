import { printMeetingHandout } from '../../services/print/printMeetingHandout';
import { printMeetingMinutes } from '../../services/print/printMeetingMinutes';
import type { DomainHandlers } from '../handlerTypes';

/** The meeting prints (会議資料, 会議録): `print.*` names kept apart from the case forms. */
export type MeetingPrintName = 'print.meetingHandout' | 'print.meetingMinutes';

export const meetingPrintHandlers: Pick<DomainHandlers<'print'>, MeetingPrintName> = {
  'print.meetingHandout': ({ db, actor, clock }, input) =>
    printMeetingHandout(db, actor, clock, input),
  'print.meetingMinutes': ({ db, actor, clock }, input) =>
    printMeetingMinutes(db, actor, clock, input),
};
