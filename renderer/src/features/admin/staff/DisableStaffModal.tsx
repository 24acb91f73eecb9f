import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import { asApiError } from '../../../api/ApiError';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { accountsJa } from '../../../i18n/accountsJa';

type Props = {
  account: StaffAccount | null;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** Asks before disabling an account (its key slot is removed; it can be enabled again). */
export function DisableStaffModal({ account, onDone, onClose }: Props) {
  const t = accountsJa.staff;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const disable = async (target: StaffAccount) => {
    setBusy(true);
    setError(null);
    try {
      await call('staff.disable', { id: target.id });
      onDone(t.disabledDone(target.displayName));
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={account !== null}
      onClose={close}
      title={account ? t.disableTitle(account.displayName) : ''}
      size={480}
    >
      {account && (
        <Stack gap="sm">
          <Text fz="sm">{t.disableLead}</Text>
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy}>
              {t.cancel}
            </Button>
            <Button color="red" loading={busy} onClick={() => void disable(account)}>
              {t.submitDisable}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
