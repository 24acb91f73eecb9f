import { Table, Text } from '@mantine/core';
import { agencyKinds, type HouseholdDetail } from '../../../../electron/contract';
import { isCode } from '../../components/codes/codeOptions';
import { ja } from '../../i18n/ja';

const h = ja.household;

/** The agencies involved in any of the household's cases, with their 役割 and the case numbers. */
export function HouseholdAgencies({ agencies }: { agencies: HouseholdDetail['agencies'] }) {
  if (agencies.length === 0) return <Text c="dimmed">{h.noAgencies}</Text>;
  return (
    <Table verticalSpacing="xs" aria-label={h.agencies}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{h.agencyName}</Table.Th>
          <Table.Th>{h.agencyKind}</Table.Th>
          <Table.Th>{h.agencyRole}</Table.Th>
          <Table.Th>{h.agencyCases}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {agencies.map((agency) => (
          <Table.Tr key={agency.agencyId}>
            <Table.Td fw={700}>{agency.name}</Table.Td>
            <Table.Td>
              {isCode(agencyKinds, agency.kind) ? agencyKinds.labels[agency.kind] : agency.kind}
            </Table.Td>
            <Table.Td>{agency.role || ja.list.none}</Table.Td>
            <Table.Td ff="monospace">{agency.caseNumbers.join('、')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
