import { Alert, Anchor, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { LiveChangeEntity, SessionUser } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { useLiveReload } from '../../components/data/useLiveReload';
import { ja } from '../../i18n/ja';
import { BackupReminderCard } from '../admin/backup/BackupReminderCard';
import { RecoveryKeyWarning } from '../recoveryKey/RecoveryKeyWarning';
import { WeekMeetingsCard } from '../meetings/WeekMeetingsCard';
import { NextActionsCard } from '../nextActions/NextActionsCard';
import { DuePlansCard } from '../plans/DuePlansCard';
import { ActivityYearCard } from './ActivityYearCard';
import { MyCasesCard } from './MyCasesCard';
import { NewCasesCard } from './NewCasesCard';
import { StaleMatchesCard } from './StaleMatchesCard';
import { StaleOutreachCard } from './StaleOutreachCard';

/** The kinds of change that can alter what ホーム shows (cards of cases, notes, plans …). */
const homeShows: ReadonlySet<LiveChangeEntity> = new Set([
  'case',
  'note',
  'plan',
  'meeting',
  'outreach',
  'match',
  'consent',
  'person',
]);

/**
 * ホーム, what a worker opens every morning: my 次の対応 (overdue and today's, always shown to
 * those who write), my open cases, this week's meetings, and what needs attention (plans due for
 * 評価, outreach and matches left alone for 30 days) — those cards show only when there is
 * something in them — then this 年度's 地域づくり and new consultations.
 */
export function HomePage({ user }: { user: SessionUser }) {
  const t = ja.dashboard;
  const { data, error, reload } = useCallData('dashboard.home', {});
  useLiveReload((change) => homeShows.has(change.entity), reload);

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={2}>
        <Title order={1} fz={26}>
          {ja.home.title}
        </Title>
        <Group gap="md">
          <Text>{ja.home.welcome(user.displayName)}</Text>
          <Anchor href={routes.dailyRecord()} fz="sm">
            {ja.dailyRecord.openToday}
          </Anchor>
        </Group>
      </Stack>
      {user.role === 'admin' && <RecoveryKeyWarning />}
      {user.role === 'admin' && <BackupReminderCard />}
      {error && (
        <Alert color="red" title={t.loadFailed} role="alert">
          <Group justify="space-between">
            <Text fz="sm">{error.message}</Text>
            <Button variant="default" size="xs" onClick={reload}>
              {t.retry}
            </Button>
          </Group>
        </Alert>
      )}
      {data === null ? (
        !error && <Loader color="teal" aria-label={ja.list.loading} />
      ) : (
        <>
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="lg">
                <MyCasesCard staffId={user.staffId} byStage={data.myOpenCasesByStage} />
                <ActivityYearCard fiscalYear={data.fiscalYear} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="lg">
                {user.role !== 'viewer' && (
                  <NextActionsCard items={data.myNextActions} onChanged={reload} />
                )}
                {data.meetingsThisWeek.length > 0 && (
                  <WeekMeetingsCard meetings={data.meetingsThisWeek} />
                )}
                {data.duePlans.total > 0 && <DuePlansCard due={data.duePlans} />}
                {data.outreachWithoutContact.total > 0 && (
                  <StaleOutreachCard stale={data.outreachWithoutContact} />
                )}
                {data.matchesWithoutFollowUp.total > 0 && (
                  <StaleMatchesCard stale={data.matchesWithoutFollowUp} />
                )}
              </Stack>
            </Grid.Col>
          </Grid>
          <NewCasesCard fiscalYear={data.fiscalYear} months={data.newCasesByMonth} />
        </>
      )}
    </Stack>
  );
}
