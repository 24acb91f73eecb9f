import { Badge, Text } from '@mantine/core';
import { resourceIntakes } from '../../../../electron/contract/communityCodes';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { ja } from '../../i18n/ja';

/**
 * Room at a resource: the host's 受入状況 when it is not 受入可 (満員 in red, 要相談), then free
 * places: 空き n（定員 m）, 満員 in red, or 定員なし.
 */
export function CapacityText({ resource }: { resource: ResourceView }) {
  const t = ja.resources;
  const { capacity, freeCapacity, activeMatches, intake } = resource;
  const participating = (
    <>
      {intake !== 'open' && (
        <Badge
          color={intake === 'full' ? 'red' : 'yellow'}
          variant="light"
          radius="sm"
          tt="none"
          data-testid="resource-intake"
        >
          {t.intakeSaid(resourceIntakes.labels[intake])}
        </Badge>
      )}
      <Text fz="xs" c="dimmed">
        {t.participating(activeMatches)}
      </Text>
    </>
  );
  if (capacity === null || freeCapacity === null) {
    return (
      <>
        <Text fz="sm">{t.noCapacity}</Text>
        {participating}
      </>
    );
  }
  return (
    <>
      {freeCapacity > 0 ? (
        <Text fz="sm" fw={700} c="teal.8" data-testid="free-capacity">
          {t.freeValue(freeCapacity, capacity)}
        </Text>
      ) : (
        <Badge color="red" variant="light" radius="sm" tt="none" data-testid="free-capacity">
          {t.full(capacity)}
        </Badge>
      )}
      {participating}
    </>
  );
}
