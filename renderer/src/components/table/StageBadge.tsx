import { Badge } from '@mantine/core';
import { stages, type Stage } from '../../../../electron/contract';

const stageColors: Record<Stage, string> = {
  intake: 'blue',
  assessment: 'cyan',
  planning: 'grape',
  support: 'teal',
  monitoring: 'green',
  closed: 'gray',
  suspended: 'orange',
};

/** A case's 段階 as a coloured badge. */
export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <Badge
      color={stageColors[stage]}
      variant="light"
      radius="sm"
      style={{ textTransform: 'none', minWidth: 'fit-content' }}
    >
      {stages.labels[stage]}
    </Badge>
  );
}
