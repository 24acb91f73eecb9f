import type { WriteTx } from '../../../db/database';
import { meeting, meetingCase } from '../../../db/schema';
import type { MeetingKind, MeetingStatus } from '../../contract/meetingCodes';

const stamp = {
  createdAt: '2026-04-01T00:00:00.000Z',
  updatedAt: '2026-04-01T00:00:00.000Z',
  createdBy: null,
  updatedBy: null,
};

/** A meeting row written straight into the table, with these cases on its agenda. */
export function buildMeeting(
  tx: WriteTx,
  spec: {
    heldOn: string;
    kind?: MeetingKind;
    title?: string;
    startTime?: string | null;
    status?: MeetingStatus;
    caseIds?: number[];
  },
): number {
  const id = tx
    .insert(meeting)
    .values({
      kind: spec.kind ?? 'jusou',
      title: spec.title ?? `会議 ${spec.heldOn}`,
      heldOn: spec.heldOn,
      startTime: spec.startTime ?? null,
      status: spec.status ?? 'planned',
      ...stamp,
    })
    .returning({ id: meeting.id })
    .get().id;
  (spec.caseIds ?? []).forEach((caseId, position) => {
    tx.insert(meetingCase)
      .values({ meetingId: id, caseId, position, ...stamp })
      .run();
  });
  return id;
}
