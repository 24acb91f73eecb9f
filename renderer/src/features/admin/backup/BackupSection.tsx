import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../../api/ApiError';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { backupJa } from '../../../i18n/backupJa';
import { useLoaded } from '../../caseDetail/useLoaded';
import { BackupFolderSettings } from './BackupFolderSettings';
import { BackupLastVerified } from './BackupLastVerified';
import { RestorePanel } from './RestorePanel';

const readStatus = () => call('backup.status', {});

/** バックアップ on the 管理 screen: the last verified backup, 今すぐバックアップ, the folder, 復元. */
export function BackupSection() {
  const t = backupJa;
  const { state, reload, set } = useLoaded(readStatus);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [listVersion, setListVersion] = useState(0);

  const backupNow = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await call('backup.create', {});
      notifications.show({
        color: 'teal',
        message: t.done(t.size(made.bytes), (made.durationMs / 1000).toFixed(1)),
      });
      setListVersion((v) => v + 1);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
      reload();
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={t.title}>
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t.title}
        </Title>
        <Button onClick={() => void backupNow()} loading={busy}>
          {t.backupNow}
        </Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t.lead}
      </Text>
      <ErrorAlert message={error} />
      {state.kind === 'loading' && <Loader color="teal" size="sm" />}
      {state.kind === 'failed' && (
        <Alert color="red" title={t.loadFailed} role="alert">
          <Button variant="default" size="xs" onClick={reload}>
            {t.retry}
          </Button>
        </Alert>
      )}
      {state.kind === 'ready' && (
        <>
          <BackupLastVerified status={state.value} />
          <BackupFolderSettings
            status={state.value}
            onChanged={(status) => {
              set(status);
              setListVersion((v) => v + 1);
            }}
          />
          <RestorePanel key={listVersion} canChooseFiles={state.value.canChooseFiles} />
        </>
      )}
    </Stack>
  );
}
