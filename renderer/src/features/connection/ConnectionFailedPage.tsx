import { Button, List, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ConnectionState } from '../../../../electron/contract/schemas/connection';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { connectionJa } from '../../i18n/connectionJa';

type Failed = Extract<ConnectionState, { kind: 'failed' }>;

/**
 * The saved server could not be used: what happened (both fingerprints when the certificate
 * changed) and what to do. There is deliberately no button that accepts another certificate.
 */
export function ConnectionFailedPage({
  state,
  onRetried,
}: {
  state: Failed;
  onRetried: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('connection.retry', {});
    } catch (thrown) {
      setError(asApiError(thrown).message);
    }
    setBusy(false);
    await onRetried();
  };
  return (
    <CenteredPage title={state.title} width={640}>
      <Title order={2} fz="md">
        {connectionJa.whatHappened}
      </Title>
      <Text
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        data-testid="connection-happened"
      >
        {state.happened}
      </Text>
      <Title order={2} fz="md">
        {connectionJa.whatToDo}
      </Title>
      <List spacing="xs">
        {state.todo.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
      <ErrorAlert message={error} />
      <Button variant="default" loading={busy} onClick={() => void retry()}>
        {connectionJa.retry}
      </Button>
    </CenteredPage>
  );
}
