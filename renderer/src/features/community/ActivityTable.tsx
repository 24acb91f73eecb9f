import { Table, Text } from '@mantine/core';
import { activityKinds } from '../../../../electron/contract/communityCodes';
import type { ActivityView } from '../../../../electron/contract/schemas/activity';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';

type Props = { activities: ActivityView[]; onOpen: ((activity: ActivityView) => void) | null };

function groupsText(a: ActivityView): string {
  const t = ja.activities;
  const groups: Array<[string, number | null]> = [
    [t.elderly, a.participantsElderly],
    [t.disability, a.participantsDisability],
    [t.children, a.participantsChildren],
    [t.other, a.participantsOther],
  ];
  return groups
    .filter((entry): entry is [string, number] => entry[1] !== null)
    .map(([label, n]) => `${label}${n}`)
    .join('・');
}

/** Activities, newest first; a row opens the activity for correction (not for 閲覧). */
export function ActivityTable({ activities, onOpen }: Props) {
  const t = ja.activities;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing={8} aria-label={t.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t.heldOn}</Table.Th>
            <Table.Th>{t.name}</Table.Th>
            <Table.Th w={150}>{t.kind}</Table.Th>
            <Table.Th w={200}>{t.participants}</Table.Th>
            <Table.Th w={200}>{t.organisers}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <Table.Tr
              key={activity.id}
              data-testid="activity-row"
              {...(onOpen ? openableRowProps(() => onOpen(activity)) : {})}
            >
              <Table.Td>{formatIsoWareki(activity.heldOn)}</Table.Td>
              <Table.Td>
                <Text fz="sm" fw={700}>
                  {activity.name}
                </Text>
                <Text fz="xs" c="dimmed">
                  {[activity.district, activity.place].filter(Boolean).join(' ')}
                </Text>
              </Table.Td>
              <Table.Td>{activityKinds.labels[activity.kind]}</Table.Td>
              <Table.Td>
                <Text fz="sm">{t.people(activity.participants)}</Text>
                <Text fz="xs" c="dimmed">
                  {groupsText(activity)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{activity.organisers}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
