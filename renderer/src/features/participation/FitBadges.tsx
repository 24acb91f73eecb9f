import { Badge, Group } from '@mantine/core';
import type { ResourceFitReasonView } from '../../../../electron/contract/schemas/participation';
import { fitReasonText } from './fitReasonText';

const colors: Record<ResourceFitReasonView['tone'], string> = {
  good: 'teal',
  poor: 'red',
  neutral: 'gray',
};

/** Why 資源を探す put a resource where it is, one badge a reason; the word carries the meaning. */
export function FitBadges({ fit }: { fit: readonly ResourceFitReasonView[] }) {
  return (
    <Group gap={4} data-testid="resource-fit">
      {fit.map((reason) => (
        <Badge
          key={reason.code}
          color={colors[reason.tone]}
          variant="light"
          radius="sm"
          tt="none"
          fw={500}
          data-tone={reason.tone}
        >
          {fitReasonText(reason)}
        </Badge>
      ))}
    </Group>
  );
}
