import { Badge, Table, Text } from '@mantine/core';
import { stages, type CaseHit } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { isCode } from '../../components/codes/codeOptions';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { openableRowProps } from '../../components/table/openableRowProps';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';

const columns = ja.caseList.columns;

/** Cases found: where the words matched and the text around them; each row opens the case. */
export function CaseHitList({ hits }: { hits: CaseHit[] }) {
  if (hits.length === 0) return <Text c="dimmed">{ja.search.noCases}</Text>;
  return (
    <Table
      highlightOnHover
      verticalSpacing="xs"
      aria-label={ja.search.cases}
      style={{ whiteSpace: 'nowrap' }}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{columns.caseNumber}</Table.Th>
          <Table.Th>{columns.person}</Table.Th>
          <Table.Th>{columns.stage}</Table.Th>
          <Table.Th>{columns.receivedOn}</Table.Th>
          <Table.Th>{ja.search.matchedInColumn}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hits.map((hit) => (
          <Table.Tr key={hit.id} {...openableRowProps(() => navigate(routes.caseDetail(hit.id)))}>
            <Table.Td fw={700} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {hit.caseNumber}
            </Table.Td>
            <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
              {hit.personName}
            </Table.Td>
            <Table.Td>
              {isCode(stages, hit.stage) ? <StageBadge stage={hit.stage} /> : hit.stage}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoWareki(hit.receivedOn)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'normal' }}>
              <Badge variant="outline" color="teal" radius="sm" size="sm" mr="xs">
                {ja.search.matchedIn[hit.matchedIn]}
              </Badge>
              <Text span fz="sm">
                {hit.excerpt}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
