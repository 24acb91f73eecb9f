import { Alert, Button, Code, Group, NumberInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { BackupStatus } from '../../../../../electron/contract/schemas/backup';
import { asApiError } from '../../../api/ApiError';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { backupJa } from '../../../i18n/backupJa';

type Props = { status: BackupStatus; onChanged: (status: BackupStatus) => void };

/** 保存先 (chosen in the desktop's folder dialog, never typed) and 残す数. */
export function BackupFolderSettings({ status, onChanged }: Props) {
  const t = backupJa;
  const [keep, setKeep] = useState<number | string>(status.keep);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: () => Promise<BackupStatus>, message?: string) => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await action());
      if (message) notifications.show({ color: 'teal', message });
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" align="center">
        <Text fz="sm" fw={700}>
          {t.folder}:
        </Text>
        <Code data-testid="backup-folder">{status.folder}</Code>
        {status.canChooseFiles && (
          <Button
            size="compact-sm"
            variant="default"
            disabled={busy}
            onClick={() => void run(() => call('backup.chooseFolder', {}))}
          >
            {t.chooseFolder}
          </Button>
        )}
      </Group>
      {status.isDefaultFolder && (
        <Alert color="orange" variant="light" p="xs">
          <Text fz="sm">{t.defaultFolderWarning}</Text>
        </Alert>
      )}
      {!status.canChooseFiles && (
        <Text fz="xs" c="dimmed">
          {t.noDialogs}
        </Text>
      )}
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t.keep}
          description={t.keepHint}
          min={1}
          max={365}
          allowDecimal={false}
          allowNegative={false}
          value={keep}
          onChange={setKeep}
          styles={{ wrapper: { maxWidth: 120 } }}
        />
        <Button
          variant="default"
          disabled={busy || typeof keep !== 'number'}
          onClick={() =>
            typeof keep === 'number' &&
            void run(() => call('backup.configure', { keep }), t.keepSaved)
          }
        >
          {t.keepSave}
        </Button>
      </Group>
      <ErrorAlert message={error} />
    </Stack>
  );
}
