import { Table, Text } from '@mantine/core';
import type { MeetingSummary } from '../../../../electron/contract';
import { meetingRoutes } from '../../app/meetingRoutes';
import { navigate } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { meetingTimeText } from './meetingTimeText';

const t = ja.meetings.list;

/** Meetings, newest first; each row opens its meeting on click or Enter, ↑/↓ move between rows. */
export function MeetingTable({ rows }: { rows: MeetingSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.heldOn}</Table.Th>
            <Table.Th>{t.columns.time}</Table.Th>
            <Table.Th>{t.columns.kind}</Table.Th>
            <Table.Th>{t.columns.title}</Table.Th>
            <Table.Th>{t.columns.place}</Table.Th>
            <Table.Th>{t.columns.cases}</Table.Th>
            <Table.Th>{t.columns.attendees}</Table.Th>
            <Table.Th>{t.columns.status}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="meeting-row"
              {...openableRowProps(() => navigate(meetingRoutes.meeting(row.id)))}
            >
              <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                {formatIsoWareki(row.heldOn)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{meetingTimeText(row)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text span fz="sm" fw={row.kind === 'shien' || row.kind === 'jusou' ? 700 : 400}>
                  {row.kindName}
                </Text>
              </Table.Td>
              <Table.Td>{row.title}</Table.Td>
              <Table.Td>{row.place}</Table.Td>
              <Table.Td>{t.count(row.caseCount)}</Table.Td>
              <Table.Td>{t.people(row.attendeeCount)}</Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={row.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
