import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../../api/ApiError';
import { call } from '../../../api/call';
import { notifySessionChange } from '../../../api/sessionChanges';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { backupJa } from '../../../i18n/backupJa';
import { formatBackupTime } from './backupTime';

/** Which backup to restore: one in the folder (by name) or one to pick in the desktop's dialog. */
export type RestoreChoice =
  { source: 'folder'; fileName: string; when: string } | { source: 'dialog' };

type Props = { choice: RestoreChoice | null; onClose: () => void };

/**
 * Asks before restoring, then restores (backup.restore). The session ends with it: the app
 * re-reads app.status and shows the login screen.
 */
export function RestoreConfirmModal({ choice, onClose }: Props) {
  const t = backupJa;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const restore = async (chosen: RestoreChoice) => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await call(
        'backup.restore',
        chosen.source === 'folder'
          ? { source: 'folder', fileName: chosen.fileName }
          : { source: 'dialog' },
      );
      if (outcome.status === 'cancelled') return;
      notifications.show({
        color: 'teal',
        autoClose: false,
        message: t.restored(formatBackupTime(outcome.backupCreatedAt)),
      });
      close();
      notifySessionChange();
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={choice !== null} onClose={close} title={t.confirmTitle} size={520}>
      {choice && (
        <Stack gap="sm">
          <Text fz="sm">
            {choice.source === 'folder' ? t.confirmBody(choice.when) : t.confirmFileBody}
          </Text>
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t.cancel}
            </Button>
            <Button color="red" loading={busy} onClick={() => void restore(choice)}>
              {t.confirm}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
