import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { meetingDecisionKinds } from '../../../../electron/contract/meetingCodes';
import { meetingRoutes } from '../../app/meetingRoutes';
import { useCallData } from '../../components/data/useCallData';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { MeetingStatusBadge } from './MeetingStatusBadge';

/**
 * The case's 会議 tab: every meeting it was on the agenda of, newest first, with its 協議内容 and
 * 決定事項, each linking to the meeting.
 */
export function CaseMeetingsPanel({ caseId }: { caseId: number }) {
  const t = ja.meetings.caseTab;
  const { data, error } = useCallData('meeting.forCase', { caseId });
  if (error) return <Alert color="red">{error.message}</Alert>;
  if (data === null) return <Loader size="sm" color="teal" />;
  if (data.length === 0) {
    return (
      <Paper withBorder p="xl" bg="gray.0">
        <Text>{t.none}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      {data.map((m) => (
        <Paper
          key={m.meetingId}
          withBorder
          p="md"
          radius="md"
          component="article"
          data-testid="case-meeting"
          aria-label={`${formatIsoWareki(m.heldOn)} ${m.kindName}`}
        >
          <Stack gap={6}>
            <Group gap="sm">
              <Text fw={700}>{formatIsoWareki(m.heldOn)}</Text>
              <Badge radius="sm" tt="none" color={m.kind === 'shien' ? 'orange' : 'teal'}>
                {m.kindName}
              </Badge>
              <Anchor href={meetingRoutes.meeting(m.meetingId)}>
                {m.title === '' ? t.open : m.title}
              </Anchor>
              <MeetingStatusBadge status={m.status} />
            </Group>
            {m.minutes !== '' && (
              <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                <Text span fw={700} fz="sm" mr="xs">
                  {t.minutes}
                </Text>
                {m.minutes}
              </Text>
            )}
            {m.decisions.map((d) => (
              <Group key={d.id} gap="xs" wrap="nowrap" align="flex-start">
                <Badge variant="light" color="grape" radius="sm" tt="none" miw={84}>
                  {meetingDecisionKinds.labels[d.kind]}
                </Badge>
                <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {d.text}
                  {d.planVersion === null
                    ? ''
                    : `（${ja.meetings.decisions.planLink(d.planVersion)}）`}
                </Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
