import { Badge, Button, Table, Text } from '@mantine/core';
import { fields as fieldCodes } from '../../../../electron/contract/caseCodes';
import { ageRangeText, resourceKinds } from '../../../../electron/contract/communityCodes';
import type {
  ResourceFitReasonView,
  ResourceView,
} from '../../../../electron/contract/schemas/participation';
import { ja } from '../../i18n/ja';
import { CapacityText } from './CapacityText';
import { FitBadges } from './FitBadges';

type Props = {
  /** With `fit` (資源を探す), a 合う理由 column shows it. */
  resources: Array<ResourceView & { fit?: ResourceFitReasonView[] }>;
  /** The row's button: 編集 in the directory, 提案する in 「資源を探す」; none for 閲覧. */
  action: { label: string; onClick: (resource: ResourceView) => void } | null;
};

/** 社会資源 as a table: name and host, 種類, place and schedule, 対象, free places (and 合う理由). */
export function ResourceTable({ resources, action }: Props) {
  const t = ja.resources;
  const withFit = resources.some((resource) => resource.fit !== undefined);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={8} aria-label={t.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.name}</Table.Th>
            {!withFit && <Table.Th w={160}>{t.kind}</Table.Th>}
            <Table.Th w={withFit ? 150 : 220}>{t.place}</Table.Th>
            <Table.Th w={withFit ? 180 : 200}>{t.targetColumn}</Table.Th>
            <Table.Th w={withFit ? 140 : 160}>{t.free}</Table.Th>
            {withFit && <Table.Th w={230}>{t.fit}</Table.Th>}
            {action && <Table.Th w={withFit ? 90 : 100} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resources.map((resource) => (
            <Table.Tr
              key={resource.id}
              c={resource.active ? undefined : 'dimmed'}
              data-testid="resource-row"
            >
              <Table.Td>
                <Text fz="sm" fw={700} c="inherit">
                  {resource.name}
                </Text>
                <Text fz="xs" c="dimmed">
                  {[
                    // 資源を探す has no 種類 column (room for 合う理由): the kind goes under the name.
                    withFit ? resourceKinds.labels[resource.kind] : '',
                    resource.hostAgencyName ?? resource.hostName,
                    resource.contact,
                  ]
                    .filter(Boolean)
                    .join('・')}
                </Text>
                {!resource.active && (
                  <Badge color="gray" variant="light" radius="sm" tt="none">
                    {t.inactive}
                  </Badge>
                )}
              </Table.Td>
              {!withFit && <Table.Td>{resourceKinds.labels[resource.kind]}</Table.Td>}
              <Table.Td>
                <Text fz="sm">{[resource.district, resource.place].filter(Boolean).join(' ')}</Text>
                <Text fz="xs" c="dimmed">
                  {resource.schedule}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">
                  {ageRangeText(resource.ageMin, resource.ageMax) || t.anyAge}
                  {'・'}
                  {resource.fields.length > 0
                    ? resource.fields.map((field) => fieldCodes.labels[field]).join('・')
                    : t.anyField}
                </Text>
                <Text fz="xs" c="dimmed">
                  {resource.target}
                </Text>
              </Table.Td>
              <Table.Td>
                <CapacityText resource={resource} />
              </Table.Td>
              {resource.fit && (
                <Table.Td>
                  <FitBadges fit={resource.fit} />
                </Table.Td>
              )}
              {action && (
                <Table.Td>
                  <Button
                    variant="light"
                    size="compact-sm"
                    aria-label={`${resource.name}を${action.label}`}
                    onClick={() => action.onClick(resource)}
                  >
                    {action.label}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
