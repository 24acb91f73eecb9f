import { Badge } from '@mantine/core';
import { matchStatuses, type MatchStatus } from '../../../../electron/contract/communityCodes';
import { matchStatusColors } from './matchStatusSteps';

/** A match's 状態 as a coloured badge. */
export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  return (
    <Badge
      color={matchStatusColors[status]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="match-status"
    >
      {matchStatuses.labels[status]}
    </Badge>
  );
}
