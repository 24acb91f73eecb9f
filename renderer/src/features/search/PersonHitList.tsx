import { Table, Text } from '@mantine/core';
import type { PersonHit } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { describeDate, todayInJapan } from '../../components/dateInput/dateText';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';
import { phonesText } from '../household/phonesText';

/** Persons found: each row opens the person's household. */
export function PersonHitList({ hits }: { hits: PersonHit[] }) {
  if (hits.length === 0) return <Text c="dimmed">{ja.search.noPersons}</Text>;
  const today = todayInJapan();
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={ja.search.persons}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{ja.person.name}</Table.Th>
          <Table.Th>{ja.person.nameKana}</Table.Th>
          <Table.Th>{ja.search.birthDate}</Table.Th>
          <Table.Th>{ja.search.phone}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {hits.map((hit) => (
          <Table.Tr
            key={hit.id}
            {...openableRowProps(() => navigate(routes.household(hit.householdId)))}
          >
            <Table.Td fw={700}>{hit.name}</Table.Td>
            <Table.Td c="dimmed">{hit.nameKana}</Table.Td>
            <Table.Td>{hit.birthDate ? describeDate(hit.birthDate, today) : ja.list.none}</Table.Td>
            <Table.Td>{phonesText(hit) || ja.list.none}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
