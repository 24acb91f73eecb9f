import { Button, Stack, Table, Text } from '@mantine/core';
import { sexes, type PersonView } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { phonesText } from './phonesText';

type Props = {
  members: PersonView[];
  canWrite: boolean;
  onEdit: (person: PersonView) => void;
};

const p = ja.person;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 世帯員: each member's details, with 編集 and 「この人の相談を受け付ける」. */
export function MembersTable({ members, canWrite, onEdit }: Props) {
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table verticalSpacing="sm" aria-label={ja.household.members}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{p.name}</Table.Th>
            <Table.Th>{p.nameKana}</Table.Th>
            <Table.Th>{p.birthDate}</Table.Th>
            <Table.Th>{p.sex}</Table.Th>
            <Table.Th>{p.relationship}</Table.Th>
            <Table.Th>{p.livesTogether}</Table.Th>
            <Table.Th>{p.phone}</Table.Th>
            <Table.Th>{p.disabilityBook}</Table.Th>
            <Table.Th>{p.careLevel}</Table.Th>
            {canWrite && <Table.Th>{ja.household.actions}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td fw={700} style={nowrap}>
                {m.name}
              </Table.Td>
              <Table.Td c="dimmed" fz="sm">
                {m.nameKana || ja.list.none}
              </Table.Td>
              <Table.Td style={nowrap}>
                {m.birthDate ? formatIsoWareki(m.birthDate) : ja.list.none}
                {m.age !== null && (
                  <Text span c="dimmed" fz="sm" ml={6}>
                    {p.age(m.age)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{m.sex ? sexes.labels[m.sex] : ja.list.none}</Table.Td>
              <Table.Td>{m.relationship || ja.list.none}</Table.Td>
              <Table.Td>{m.livesTogether ? p.together : p.apart}</Table.Td>
              <Table.Td style={nowrap}>{phonesText(m) || ja.list.none}</Table.Td>
              <Table.Td>{m.disabilityBook || ja.list.none}</Table.Td>
              <Table.Td>{m.careLevel || ja.list.none}</Table.Td>
              {canWrite && (
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onEdit(m)}
                      aria-label={`${m.name}: ${ja.household.edit}`}
                    >
                      {ja.household.edit}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="light"
                      component="a"
                      href={routes.intake(m.id)}
                      aria-label={`${m.name}: ${ja.household.intakeFor}`}
                    >
                      {ja.household.intakeFor}
                    </Button>
                  </Stack>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
