import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { asApiError } from '../../api/ApiError';
import { CenteredPage } from '../../components/CenteredPage';
import { RecoveryKeyPage } from '../setup/RecoveryKeyPage';
import {
  confirmRecoveryKey,
  issueRecoveryKey,
  loadRecoveryKeyStatus,
  useRecoveryKeyGate,
} from './recoveryKeyGate';
import { recoveryKeyJa as t } from './recoveryKeyJa';

type Props = { isAdmin: boolean; municipalityName: string; children: ReactNode };

/**
 * For a 管理者, the app opens only once the 回復キー in force is confirmed as stored: a key just
 * issued is shown until confirmed; one shown earlier and never confirmed (a reload, a closed
 * window) cannot be shown again, so a new one is issued from here. Others go straight on.
 */
export function RecoveryKeyGate({ isAdmin, municipalityName, children }: Props) {
  const { status, shownKey, issuedAt } = useRecoveryKeyGate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (isAdmin) void loadRecoveryKeyStatus();
  }, [isAdmin]);

  if (!isAdmin) return children;
  const run = async (action: () => Promise<void>, failed: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (thrown) {
      setError(`${failed}: ${asApiError(thrown).message}`);
    } finally {
      setBusy(false);
    }
  };
  if (shownKey !== null) {
    return (
      <RecoveryKeyPage
        recoveryKey={shownKey}
        municipalityName={municipalityName}
        createdAt={issuedAt ?? new Date()}
        busy={busy}
        error={error}
        onStart={() => void run(confirmRecoveryKey, t.confirmFailed)}
      />
    );
  }
  if (status === null) {
    return (
      <Center mih={240}>
        <Loader color="teal" />
      </Center>
    );
  }
  if (status.state !== 'pending') return children;
  return (
    <CenteredPage title={t.pendingTitle} width={680}>
      <Text>{t.pendingLead}</Text>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Button loading={busy} onClick={() => void run(issueRecoveryKey, t.failed)} fullWidth>
        {t.showNew}
      </Button>
    </CenteredPage>
  );
}
