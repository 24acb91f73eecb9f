import type { MeetingKind } from '../../../../electron/contract';
import { meetingKinds } from '../../../../electron/contract/meetingCodes';
import { useCallData } from '../../components/data/useCallData';

/** The office's names of the meeting kinds (a setting), the legal names until they are read. */
export function useMeetingKindNames(): Record<MeetingKind, string> {
  const { data } = useCallData('settings.get', {});
  return { ...meetingKinds.labels, ...data?.meetingKindNames };
}
