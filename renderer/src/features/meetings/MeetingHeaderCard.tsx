import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MeetingView } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { MeetingPrintButtons } from './MeetingPrintButtons';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { meetingTimeText } from './meetingTimeText';

const kindColors = { shien: 'orange', jusou: 'teal', case: 'gray', study: 'gray' } as const;

type Props = { meeting: MeetingView; onEdit: (() => void) | null };

/** The top of the meeting screen: kind, name, status, when, where, 司会, what the kind means, prints. */
export function MeetingHeaderCard({ meeting, onEdit }: Props) {
  const t = ja.meetings.page;
  const chair = meeting.chairStaffName ?? meeting.chairName;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
          <Stack gap={6}>
            <Group gap="sm" align="center">
              <Badge
                size="lg"
                radius="sm"
                tt="none"
                color={kindColors[meeting.kind]}
                data-testid="meeting-kind"
              >
                {meeting.kindName}
              </Badge>
              <Title order={1} fz={24}>
                {meeting.title === '' ? meeting.kindName : meeting.title}
              </Title>
              <MeetingStatusBadge status={meeting.status} />
            </Group>
            <Group gap="lg" data-testid="meeting-when">
              <Text>
                {t.when}：{formatIsoWareki(meeting.heldOn)} {meetingTimeText(meeting)}
              </Text>
              {meeting.place !== '' && (
                <Text>
                  {t.place}：{meeting.place}
                </Text>
              )}
              {chair !== '' && (
                <Text>
                  {t.chair}：{chair}
                </Text>
              )}
              {meeting.nextMeetingOn !== null && (
                <Text>
                  {t.next}：{formatIsoWareki(meeting.nextMeetingOn)}
                </Text>
              )}
            </Group>
          </Stack>
          {onEdit && (
            <Button variant="default" onClick={onEdit}>
              {t.edit}
            </Button>
          )}
        </Group>
        <Text fz="sm" c="dimmed">
          {ja.meetings.kindHints[meeting.kind]}
        </Text>
        <Divider />
        <Group justify="flex-end">
          <MeetingPrintButtons meeting={meeting} />
        </Group>
      </Stack>
    </Paper>
  );
}
