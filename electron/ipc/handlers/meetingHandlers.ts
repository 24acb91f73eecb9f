import {
  checkMeetingCase,
  addMeetingCase,
  recordMeetingMinutes,
  removeMeetingCase,
} from '../../services/meetings/meetingAgenda';
import {
  addMeetingDecision,
  removeMeetingDecision,
} from '../../services/meetings/meetingDecisions';
import { createMeeting, updateMeeting } from '../../services/meetings/meetingHeader';
import { getMeeting, listMeetings, meetingsForCase } from '../../services/meetings/meetingReads';
import { setMeetingAttendees } from '../../services/meetings/setMeetingAttendees';
import type { DomainHandlers } from '../handlerTypes';

export const meetingHandlers: DomainHandlers<'meeting'> = {
  'meeting.create': ({ db, actor, clock }, input) => createMeeting(db, actor, clock, input),
  'meeting.update': ({ db, actor, clock }, input) => updateMeeting(db, actor, clock, input),
  'meeting.get': ({ db, actor, clock }, input) => getMeeting(db, actor, clock, input),
  'meeting.list': ({ db }, input) => listMeetings(db, input),
  'meeting.setAttendees': ({ db, actor, clock }, input) =>
    setMeetingAttendees(db, actor, clock, input),
  'meeting.checkCase': ({ db, actor }, input) => checkMeetingCase(db, actor, input),
  'meeting.addCase': ({ db, actor, clock }, input) => addMeetingCase(db, actor, clock, input),
  'meeting.removeCase': ({ db, actor, clock }, input) => removeMeetingCase(db, actor, clock, input),
  'meeting.recordMinutes': ({ db, actor, clock }, input) =>
    recordMeetingMinutes(db, actor, clock, input),
  'meeting.addDecision': ({ db, actor, clock }, input) =>
    addMeetingDecision(db, actor, clock, input),
  'meeting.removeDecision': ({ db, actor, clock }, input) =>
    removeMeetingDecision(db, actor, clock, input),
  'meeting.forCase': ({ db, actor }, input) => meetingsForCase(db, actor, input),
};
