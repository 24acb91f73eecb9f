import { Alert, Group, Text } from '@mantine/core';
import type { BackupStatus } from '../../../../../electron/contract/schemas/backup';
import { backupJa } from '../../../i18n/backupJa';
import { formatBackupTime } from './backupTime';

/** 最後に検査済みのバックアップ, and the last failure if the newest try failed. */
export function BackupLastVerified({ status }: { status: BackupStatus }) {
  const t = backupJa;
  const last = status.lastVerified;
  return (
    <>
      <Group gap="xs">
        <Text fz="sm" fw={700}>
          {t.lastVerified}:
        </Text>
        <Text fz="sm" c={status.stale ? 'orange.8' : undefined} data-testid="last-verified-backup">
          {last
            ? `${formatBackupTime(last.at)}（${t.daysAgo(status.daysSinceLastVerified ?? 0)}・${t.size(last.bytes)}・${last.fileName}）`
            : t.never}
        </Text>
      </Group>
      {status.lastFailure && (
        <Alert color="red" variant="light" title={t.lastFailure} role="alert">
          <Text fz="sm">
            {formatBackupTime(status.lastFailure.at)}: {status.lastFailure.message}
          </Text>
        </Alert>
      )}
    </>
  );
}
