import { Anchor, Group, Stack, Text } from '@mantine/core';
import { routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { SectionCard } from '../../components/SectionCard';
import { ja } from '../../i18n/ja';
import { fiscalYearLabel, fiscalYearRange } from '../community/fiscalYear';
import { activityTotals } from '../community/activityTotals';

/** ホーム: this 年度's 地域づくり so far — how many activities, how many took part. */
export function ActivityYearCard({ fiscalYear }: { fiscalYear: number }) {
  const t = ja.dashboard;
  const { data } = useCallData('activity.list', fiscalYearRange(fiscalYear));
  if (data === null) return null;
  const totals = activityTotals(data);
  const title = t.activitiesTitle(fiscalYearLabel(fiscalYear));
  return (
    <SectionCard
      title={title}
      label={title}
      action={
        <Anchor href={routes.activities()} fz="sm">
          {t.openActivities}
        </Anchor>
      }
    >
      {totals.count === 0 ? (
        <Text c="dimmed">{t.noActivities}</Text>
      ) : (
        <Group gap="xl" data-testid="activity-year">
          <Stack gap={0}>
            <Text fz="xs" c="dimmed" fw={700}>
              {t.activityCount}
            </Text>
            <Text fz="lg" fw={700}>
              {ja.activities.totalCount(totals.count)}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text fz="xs" c="dimmed" fw={700}>
              {ja.activities.participants}
            </Text>
            <Text fz="lg" fw={700}>
              {ja.activities.totalPeople(totals.participants)}
            </Text>
          </Stack>
        </Group>
      )}
    </SectionCard>
  );
}
