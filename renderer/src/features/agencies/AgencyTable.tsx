import { Badge, Button, Table, Text } from '@mantine/core';
import { agencyKinds, type AgencyView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';

type Props = { agencies: AgencyView[]; onEdit: ((agency: AgencyView) => void) | null };

/** The directory as a table: 機関名, 種別, 担当者, 電話, 支援会議の構成員, 状態. */
export function AgencyTable({ agencies, onEdit }: Props) {
  const t = ja.agencyDirectory;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing={8} aria-label={t.title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.name}</Table.Th>
            <Table.Th w={180}>{t.kind}</Table.Th>
            <Table.Th w={120}>{t.contactPerson}</Table.Th>
            <Table.Th w={130}>{t.phone}</Table.Th>
            <Table.Th w={150} style={{ whiteSpace: 'nowrap' }}>
              {t.shienMeetingMember}
            </Table.Th>
            <Table.Th w={90}>{t.state}</Table.Th>
            {onEdit && <Table.Th w={70} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agencies.map((agency) => (
            <Table.Tr key={agency.id} c={agency.active ? undefined : 'dimmed'}>
              <Table.Td>
                <Text fz="sm" fw={700} c="inherit">
                  {agency.name}
                </Text>
                {agency.address && (
                  <Text fz="xs" c="dimmed">
                    {agency.address}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{agencyKinds.labels[agency.kind]}</Table.Td>
              <Table.Td>{agency.contactPerson}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{agency.phone}</Table.Td>
              <Table.Td>
                {agency.shienMeetingMember && (
                  <Badge color="indigo" variant="light" radius="sm" tt="none">
                    {t.member}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {agency.active ? (
                  <Text fz="sm">{t.active}</Text>
                ) : (
                  <Badge color="gray" variant="light" radius="sm" tt="none">
                    {t.inactive}
                  </Badge>
                )}
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    aria-label={`${agency.name}を${t.edit}`}
                    onClick={() => onEdit(agency)}
                  >
                    {t.edit}
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
