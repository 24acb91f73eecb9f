import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AuditChainView } from '../../../../electron/contract/schemas/audit';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { auditJa } from '../../i18n/auditJa';

const problemCount = (result: AuditChainView) =>
  result.problems.length + result.backups.problems.length;

/**
 * 連鎖を検査 (audit.verify): OK, or every changed, removed or inserted row by id and position,
 * and every backup whose recorded last row the chain no longer holds.
 */
export function AuditChainCheck() {
  const t = auditJa;
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<AuditChainView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('audit.verify', {}));
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      <Button variant="default" onClick={() => void run()} loading={busy}>
        {t.verify}
      </Button>
      <ErrorAlert message={error} />
      {result && problemCount(result) === 0 && (
        <Alert color="teal" variant="light" role="status">
          {t.verifyOk(result.rows, result.backups.checked)}
        </Alert>
      )}
      {result && problemCount(result) > 0 && (
        <Alert color="red" title={t.verifyProblems(problemCount(result))} role="alert">
          <List size="sm">
            {result.problems.slice(0, 50).map((p) => (
              <List.Item key={`${p.id}-${p.position}`}>{p.message}</List.Item>
            ))}
            {result.backups.problems.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
          <Text fz="sm" mt="xs">
            {t.verifyHint}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
