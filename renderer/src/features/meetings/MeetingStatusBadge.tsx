import { Badge } from '@mantine/core';
import type { MeetingStatus } from '../../../../electron/contract';
import { meetingStatuses } from '../../../../electron/contract/meetingCodes';

const statusColors: Record<MeetingStatus, string> = {
  planned: 'blue',
  held: 'teal',
  cancelled: 'gray',
};

/** 予定 / 開催済 / 中止 as a badge. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return (
    <Badge
      color={statusColors[status]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="meeting-status"
    >
      {meetingStatuses.labels[status]}
    </Badge>
  );
}
