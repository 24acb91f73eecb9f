import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MatchFollowupView } from '../../../../electron/contract/schemas/participation';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { MatchStatusBadge } from './MatchStatusBadge';

function Note({ label, text }: { label: string; text: string }) {
  if (!text) return null;
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </Stack>
  );
}

/** Follow-ups, newest first: date, status change, the person and the host side by side. */
export function FollowUpList({ followUps }: { followUps: MatchFollowupView[] }) {
  const t = ja.matches;
  if (followUps.length === 0) return <Text c="dimmed">{t.followUpsEmpty}</Text>;
  return (
    <Stack gap="xs">
      {followUps.map((followUp) => (
        <Paper key={followUp.id} withBorder p="sm" data-testid="match-followup">
          <Group gap="sm" mb={6}>
            <Text fw={700} fz="sm">
              {formatIsoWareki(followUp.followedOn)}
            </Text>
            {followUp.statusTo && (
              <Group gap={4}>
                <Text fz="sm">{t.statusTo}:</Text>
                <MatchStatusBadge status={followUp.statusTo} />
              </Group>
            )}
            {followUp.staffName && (
              <Text fz="xs" c="dimmed" ml="auto">
                {`${t.by}: ${followUp.staffName}`}
              </Text>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Note label={t.personNote} text={followUp.personNote} />
            <Note label={t.hostNote} text={followUp.hostNote} />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
