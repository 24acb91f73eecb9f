import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseAgencyView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';

type Props = {
  caseId: number;
  /** The agency to take off the case; null keeps the dialog closed. */
  agency: CaseAgencyView | null;
  onRemoved: (agencies: CaseAgencyView[]) => void;
  onClose: () => void;
};

/** Asks before an agency leaves the case (the directory keeps it); caseAgency.remove. */
export function RemoveAgencyModal({ caseId, agency, onRemoved, onClose }: Props) {
  const t = ja.caseAgencies;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async (target: CaseAgencyView) => {
    setBusy(true);
    setError(null);
    try {
      onRemoved(await call('caseAgency.remove', { caseId, agencyId: target.agencyId }));
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={agency !== null}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t.removeTitle}
      centered
    >
      {agency && (
        <Stack gap="md">
          <Text>{t.removeConfirm(agency.name)}</Text>
          <ErrorAlert message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy} data-autofocus>
              {t.cancel}
            </Button>
            <Button color="red" loading={busy} onClick={() => void remove(agency)}>
              {t.removeSubmit}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
