import { Alert, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { issueRecoveryKey, useRecoveryKeyGate } from './recoveryKeyGate';
import { recoveryKeyJa as t } from './recoveryKeyJa';

/** 管理 → 回復キー: whether it is confirmed as stored, and 新しい回復キーを発行 (asks first). */
export function RecoveryKeySection() {
  const { status } = useRecoveryKeyGate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmedAt = status?.state === 'confirmed' ? status.confirmedAt : null;

  const reissue = async () => {
    setBusy(true);
    setError(null);
    try {
      // The shell shows the new key at once (RecoveryKeyGate) until it is confirmed.
      await issueRecoveryKey();
      setAsking(false);
    } catch (thrown) {
      setError(`${t.failed}: ${asApiError(thrown).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={t.sectionTitle}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={600}>
          <Title order={2} fz="lg">
            {t.sectionTitle}
          </Title>
          <Text fz="sm" c="dimmed">
            {t.sectionLead}
          </Text>
          <Text fz="sm" fw={700} c={confirmedAt ? 'teal.8' : 'orange.8'}>
            {confirmedAt ? t.confirmedOn(formatWarekiDate(new Date(confirmedAt))) : t.unconfirmed}
          </Text>
        </Stack>
        <Button variant="default" onClick={() => setAsking(true)}>
          {t.reissue}
        </Button>
      </Group>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t.reissueTitle} centered>
        <Stack gap="md">
          <Text fz="sm">{t.reissueBody}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t.cancel}
            </Button>
            <Button color="orange" loading={busy} onClick={() => void reissue()}>
              {t.reissueConfirm}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
