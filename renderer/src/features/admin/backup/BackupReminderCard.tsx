import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { routes } from '../../../app/routes';
import { useCallData } from '../../../components/data/useCallData';
import { formatWarekiDate } from '../../../i18n/formatWarekiDate';
import { backupJa } from '../../../i18n/backupJa';

/** A 管理者's ホーム: the date of the last verified backup, and a warning after 7 days. */
export function BackupReminderCard() {
  const t = backupJa;
  const status = useCallData('backup.status', {}).data;
  if (!status) return null;
  const last = status.lastVerified;
  if (status.stale) {
    return (
      <Alert color="orange" title={t.homeTitle} role="status" data-testid="backup-reminder">
        <Stack gap={4}>
          <Text fz="sm">{last ? t.homeStale(status.daysSinceLastVerified ?? 0) : t.homeNever}</Text>
          <Anchor href={routes.admin()} fz="sm">
            {t.homeLink}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Paper withBorder p="sm" data-testid="backup-reminder">
      <Text fz="sm">
        {last &&
          t.homeOk(
            formatWarekiDate(new Date(last.at)),
            t.daysAgo(status.daysSinceLastVerified ?? 0),
          )}
      </Text>
    </Paper>
  );
}
