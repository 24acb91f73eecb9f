import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PlanView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { plansConsentJa } from './plansConsentJa';

type Props = {
  plan: PlanView;
  opened: boolean;
  onClose: () => void;
  onConfirmed: (plan: PlanView) => void;
};

/**
 * 「確定する」 asks first: a 確定 version is never changed again. Without a recorded 本人同意 it
 * warns and names what is missing (確定 stays possible: consent may follow the meeting).
 */
export function PlanConfirmModal({ plan, opened, onClose, onConfirmed }: Props) {
  const t = ja.plans;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onConfirmed(await call('plan.confirm', { id: plan.id, approvedMeetingId: null }));
    } catch (thrown) {
      const apiError = asApiError(thrown);
      setError({
        message: apiError.message,
        details: (apiError.issues ?? []).map((issue) => issue.message),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={() => {
        setError(null);
        onClose();
      }}
      title={t.confirmTitle}
      centered
    >
      <Stack gap="md">
        <Text fz="sm">{t.confirmBody}</Text>
        <Text fz="sm" fw={700}>
          {t.versionLabel(plan.version)}・{plan.personName}
        </Text>
        {plan.consentOn === null && (
          <Alert color="orange" title={plansConsentJa.missingTitle} data-testid="consent-missing">
            {plansConsentJa.missingBody}
          </Alert>
        )}
        <ErrorAlert message={error?.message ?? null} />
        {error && error.details.length > 0 && (
          <List size="sm" c="red.8">
            {error.details.map((detail) => (
              <List.Item key={detail}>{detail}</List.Item>
            ))}
          </List>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t.cancel}
          </Button>
          <Button onClick={() => void confirm()} loading={busy} data-autofocus>
            {t.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
