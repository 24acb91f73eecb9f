import { Badge } from '@mantine/core';
import { outreachStages, type OutreachStage } from '../../../../electron/contract/communityCodes';
import { outreachStageColors } from './outreachStageSteps';

/** An outreach target's 段階 as a coloured badge. */
export function OutreachStageBadge({ stage }: { stage: OutreachStage }) {
  return (
    <Badge
      color={outreachStageColors[stage]}
      variant="light"
      radius="sm"
      tt="none"
      data-testid="outreach-stage"
    >
      {outreachStages.labels[stage]}
    </Badge>
  );
}
