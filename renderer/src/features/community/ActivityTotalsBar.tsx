import { Group, Paper, Stack, Text } from '@mantine/core';
import { ja } from '../../i18n/ja';
import type { ActivityTotals } from './activityTotals';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fz="lg" fw={700}>
        {value}
      </Text>
    </Stack>
  );
}

/** The period's totals: how many activities, how many came, and by group where recorded. */
export function ActivityTotalsBar({ totals }: { totals: ActivityTotals }) {
  const t = ja.activities;
  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-label={t.totals}>
      <Group gap="xl" data-testid="activity-totals">
        <Figure label={t.totals} value={t.totalCount(totals.count)} />
        <Figure label={t.participants} value={t.totalPeople(totals.participants)} />
        <Figure label={t.elderly} value={t.totalPeople(totals.elderly)} />
        <Figure label={t.disability} value={t.totalPeople(totals.disability)} />
        <Figure label={t.children} value={t.totalPeople(totals.children)} />
        <Figure label={t.other} value={t.totalPeople(totals.other)} />
      </Group>
    </Paper>
  );
}
