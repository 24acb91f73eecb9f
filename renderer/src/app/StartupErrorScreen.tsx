import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { ApiError } from '../api/ApiError';
import { CenteredPage } from '../components/CenteredPage';
import { ErrorAlert } from '../components/ErrorAlert';
import { ja } from '../i18n/ja';

type Props = { error: ApiError; onRetry: () => Promise<void> };

/** app.status could not be read: the reason in Japanese, a hint for the harness, and 再読み込み. */
export function StartupErrorScreen({ error, onRetry }: Props) {
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    await onRetry();
    setBusy(false);
  };
  return (
    <CenteredPage title={ja.startup.title}>
      <ErrorAlert message={error.message} />
      {error.code === 'BAD_SENDER' && <Text fz="sm">{ja.startup.badSenderHint}</Text>}
      <Button variant="default" loading={busy} onClick={() => void retry()}>
        {ja.startup.retry}
      </Button>
    </CenteredPage>
  );
}
