import { Table, Text } from '@mantine/core';
import { fields, urgencies, type CaseSummary } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { CodeBadges } from '../../components/table/CodeBadges';
import { openableRowProps } from '../../components/table/openableRowProps';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';

const c = ja.caseList.columns;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** The household's cases across every field; a row opens the case. */
export function HouseholdCasesTable({ cases }: { cases: CaseSummary[] }) {
  if (cases.length === 0) return <Text c="dimmed">{ja.household.noCases}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={ja.household.cases}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.caseNumber}</Table.Th>
            <Table.Th>{c.person}</Table.Th>
            <Table.Th>{c.stage}</Table.Th>
            <Table.Th>{c.receivedOn}</Table.Th>
            <Table.Th>{c.fields}</Table.Th>
            <Table.Th>{c.tags}</Table.Th>
            <Table.Th>{ja.intake.urgency}</Table.Th>
            <Table.Th>{c.mainStaff}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((row) => (
            <Table.Tr key={row.id} {...openableRowProps(() => navigate(routes.caseDetail(row.id)))}>
              <Table.Td fw={700} ff="monospace" style={nowrap}>
                <a href={routes.caseDetail(row.id)} tabIndex={-1} style={{ color: 'inherit' }}>
                  {row.caseNumber}
                </a>
              </Table.Td>
              <Table.Td fw={700} style={nowrap}>
                {row.personName}
              </Table.Td>
              <Table.Td>
                <StageBadge stage={row.stage} />
              </Table.Td>
              <Table.Td style={nowrap}>{formatIsoWareki(row.receivedOn)}</Table.Td>
              <Table.Td>
                <CodeBadges labels={row.fields.map((f) => fields.labels[f])} color="blue" />
              </Table.Td>
              <Table.Td>
                <CodeBadges labels={row.tags} />
              </Table.Td>
              <Table.Td>{urgencies.labels[row.urgency]}</Table.Td>
              <Table.Td style={nowrap}>{row.mainStaffName ?? ja.list.none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
