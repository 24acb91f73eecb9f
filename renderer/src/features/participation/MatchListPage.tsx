import { Loader, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { MatchTable } from './MatchTable';
import { ParticipationTabs } from './ParticipationTabs';

/** 参加支援 (#/participation): every open match (closed ones on request), each opening its screen. */
export function MatchListPage() {
  const t = ja.matches;
  const [includeClosed, setIncludeClosed] = useState(false);
  const { data, error, loading } = useCallData('match.list', { openOnly: !includeClosed });
  const matches = data ?? [];
  return (
    <Stack gap="md" maw={1200}>
      <ParticipationTabs current="matches" />
      <Switch
        label={t.includeClosed}
        checked={includeClosed}
        onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
      />
      <ErrorAlert message={error?.message ?? null} />
      {data === null && loading ? (
        <Loader color="teal" aria-label={ja.list.loading} />
      ) : matches.length > 0 ? (
        <>
          <Text fz="sm" c="dimmed" aria-live="polite">
            {t.count(matches.length)}
          </Text>
          <MatchTable matches={matches} />
        </>
      ) : (
        !error && (
          <Paper withBorder p="xl" bg="gray.0">
            <Stack gap={4}>
              <Text fw={700}>{t.empty}</Text>
              <Text fz="sm" c="dimmed">
                {t.emptyHint}
              </Text>
            </Stack>
          </Paper>
        )
      )}
    </Stack>
  );
}
