import { Anchor, Badge, Table } from '@mantine/core';
import type { CallOutput } from '../../../../electron/contract';
import { meetingRoutes } from '../../app/meetingRoutes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';

type WeekMeeting = CallOutput<'dashboard.home'>['meetingsThisWeek'][number];

/** ホーム: this week's meetings (Monday to Sunday, not 中止), each linking to its meeting. */
export function WeekMeetingsCard({ meetings }: { meetings: readonly WeekMeeting[] }) {
  const t = ja.meetings;
  return (
    <SectionCard title={t.home.title} label={t.home.title}>
      <Table aria-label={t.home.title}>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id} data-testid="week-meeting">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoWareki(m.heldOn)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.startTime ?? ''}</Table.Td>
              <Table.Td>
                <Badge radius="sm" tt="none" color={m.kind === 'shien' ? 'orange' : 'teal'}>
                  {m.kindName}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Anchor href={meetingRoutes.meeting(m.id)}>
                  {m.title === '' ? m.kindName : m.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {t.agenda.title} {t.list.count(m.caseCount)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
