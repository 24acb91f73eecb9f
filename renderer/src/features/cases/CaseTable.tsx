import { Badge, Group, Table, Text } from '@mantine/core';
import { fields, type CaseSummary } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { CodeBadges } from '../../components/table/CodeBadges';
import { openableRowProps } from '../../components/table/openableRowProps';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';

const columns = ja.caseList.columns;

/** Rows of cases; each opens its case on click or Enter, ↑/↓ move between rows. */
export function CaseTable({ rows }: { rows: CaseSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={ja.caseList.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{columns.caseNumber}</Table.Th>
            <Table.Th>{columns.person}</Table.Th>
            <Table.Th>{columns.kana}</Table.Th>
            <Table.Th>{columns.stage}</Table.Th>
            <Table.Th>{columns.receivedOn}</Table.Th>
            <Table.Th>{columns.fields}</Table.Th>
            <Table.Th>{columns.tags}</Table.Th>
            <Table.Th>{columns.mainStaff}</Table.Th>
            <Table.Th>{columns.coordination}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id} {...openableRowProps(() => navigate(routes.caseDetail(row.id)))}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text fw={700} ff="monospace">
                    {row.caseNumber}
                  </Text>
                  {row.restricted && (
                    <Badge color="red" variant="outline" size="xs" radius="sm">
                      {ja.caseList.restricted}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                {row.personName}
              </Table.Td>
              <Table.Td c="dimmed" fz="sm">
                {row.personKana}
              </Table.Td>
              <Table.Td>
                <StageBadge stage={row.stage} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatIsoWareki(row.receivedOn)}
              </Table.Td>
              <Table.Td>
                <CodeBadges labels={row.fields.map((f) => fields.labels[f])} color="blue" />
              </Table.Td>
              <Table.Td>
                <CodeBadges labels={row.tags} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {row.mainStaffName ?? ja.list.none}
              </Table.Td>
              <Table.Td>{row.coordination ? ja.list.yes : ja.list.none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
