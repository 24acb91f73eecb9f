import { Anchor, Table, Text } from '@mantine/core';
import {
  fields,
  meetingStatuses,
  routes as caseRoutes,
  urgencies,
  type DailyContact,
  type DailyIntake,
  type DailyMeeting,
} from '../../../../electron/contract';
import { outreachMethods, outreachResults } from '../../../../electron/contract/communityCodes';
import { routes } from '../../app/routes';
import { ja } from '../../i18n/ja';
import { DailyCaseCell } from './DailyNotesTable';

const textStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The cases received that day (相談受付). */
export function DailyIntakesTable({ intakes }: { intakes: readonly DailyIntake[] }) {
  const t = ja.dailyRecord;
  const c = t.columns;
  if (intakes.length === 0) return <Text c="dimmed">{t.noIntakes}</Text>;
  return (
    <Table aria-label={t.intakes} layout="fixed" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>{c.case}</Table.Th>
          <Table.Th w={110}>{c.route}</Table.Th>
          <Table.Th w={150}>{c.fields}</Table.Th>
          <Table.Th w={70}>{c.urgency}</Table.Th>
          <Table.Th w={110}>{c.receivedBy}</Table.Th>
          <Table.Th>{c.chiefComplaint}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {intakes.map((intake) => (
          <Table.Tr key={intake.caseId} data-testid="daily-intake" style={{ verticalAlign: 'top' }}>
            <Table.Td>
              <DailyCaseCell {...intake} />
            </Table.Td>
            <Table.Td>{caseRoutes.labels[intake.route]}</Table.Td>
            <Table.Td>{intake.fields.map((f) => fields.labels[f]).join('・')}</Table.Td>
            <Table.Td>{urgencies.labels[intake.urgency]}</Table.Td>
            <Table.Td>{intake.receivedByName ?? ''}</Table.Td>
            <Table.Td>
              <Text fz="sm" style={textStyle}>
                {intake.chiefComplaint}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The day's アウトリーチ contacts, each opening its record. */
export function DailyContactsTable({ contacts }: { contacts: readonly DailyContact[] }) {
  const t = ja.dailyRecord;
  const c = t.columns;
  if (contacts.length === 0) return <Text c="dimmed">{t.noContacts}</Text>;
  return (
    <Table aria-label={t.contacts} layout="fixed" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={200}>{c.target}</Table.Th>
          <Table.Th w={110}>{c.method}</Table.Th>
          <Table.Th w={110}>{c.result}</Table.Th>
          <Table.Th w={110}>{c.staff}</Table.Th>
          <Table.Th>{c.content}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contacts.map((contact) => (
          <Table.Tr key={contact.id} data-testid="daily-contact" style={{ verticalAlign: 'top' }}>
            <Table.Td>
              <Anchor href={routes.outreach(contact.targetId)} fz="sm">
                {contact.targetName}
              </Anchor>
            </Table.Td>
            <Table.Td>{outreachMethods.labels[contact.method]}</Table.Td>
            <Table.Td>{outreachResults.labels[contact.result]}</Table.Td>
            <Table.Td>{contact.staffName ?? ''}</Table.Td>
            <Table.Td>
              <Text fz="sm" style={textStyle}>
                {contact.note}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function timeText(meeting: DailyMeeting): string {
  if (meeting.startTime === null) return '';
  return meeting.endTime === null ? meeting.startTime : `${meeting.startTime}〜${meeting.endTime}`;
}

/** The day's meetings, each opening its screen. */
export function DailyMeetingsTable({ meetings }: { meetings: readonly DailyMeeting[] }) {
  const t = ja.dailyRecord;
  const c = t.columns;
  if (meetings.length === 0) return <Text c="dimmed">{t.noMeetings}</Text>;
  return (
    <Table aria-label={t.meetings} layout="fixed" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{c.time}</Table.Th>
          <Table.Th w={130}>{c.kind}</Table.Th>
          <Table.Th>{c.meetingTitle}</Table.Th>
          <Table.Th w={150}>{c.place}</Table.Th>
          <Table.Th w={110}>{c.chair}</Table.Th>
          <Table.Th w={80}>{c.status}</Table.Th>
          <Table.Th w={60}>{c.caseCount}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {meetings.map((meeting) => (
          <Table.Tr key={meeting.id} data-testid="daily-meeting">
            <Table.Td>{timeText(meeting)}</Table.Td>
            <Table.Td>{meeting.kindName}</Table.Td>
            <Table.Td>
              <Anchor href={routes.meeting(meeting.id)} fz="sm">
                {meeting.title}
              </Anchor>
            </Table.Td>
            <Table.Td>{meeting.place}</Table.Td>
            <Table.Td>{meeting.chairName}</Table.Td>
            <Table.Td>{meetingStatuses.labels[meeting.status]}</Table.Td>
            <Table.Td>{meeting.caseCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
