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

/**
 * A case's 段階 as a coloured badge, never cut to 「アセス…」: it keeps its whole width in a narrow
 * table column (badgeWhole, in the theme), and names the 段階 in full on hover as well.
 */
export function StageBadge({ stage }: { stage: Stage }) {
  const label = stages.labels[stage];
  return (
    <Badge
      color={stageColors[stage]}
      variant="light"
      radius="sm"
      tt="none"
      title={label}
    >
      {label}
    </Badge>
  );
}
