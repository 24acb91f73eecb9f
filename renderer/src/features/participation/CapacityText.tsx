import { Badge, Text } from '@mantine/core';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { ja } from '../../i18n/ja';

/** Free places of a resource: 空き n（定員 m）, 満員 in red, or 定員なし. */
export function CapacityText({ resource }: { resource: ResourceView }) {
  const t = ja.resources;
  const { capacity, freeCapacity, activeMatches } = resource;
  const participating = (
    <Text fz="xs" c="dimmed">
      {t.participating(activeMatches)}
    </Text>
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
