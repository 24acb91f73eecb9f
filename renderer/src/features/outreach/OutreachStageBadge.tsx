import { Badge } from '@mantine/core';
import { outreachStages, type OutreachStage } from '../../../../electron/contract/communityCodes';
import { outreachStageColors } from './outreachStageSteps';

/** An outreach target's 段階 as a coloured badge, never cut (badgeWhole, in the theme). */
export function OutreachStageBadge({ stage }: { stage: OutreachStage }) {
  const label = outreachStages.labels[stage];
  return (
    <Badge
      color={outreachStageColors[stage]}
      variant="light"
      radius="sm"
      tt="none"
      title={label}
      data-testid="outreach-stage"
    >
      {label}
    </Badge>
  );
}
