import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { roleLabels } from '../../../../../electron/contract';
import { japanDateOf, japanTimeOf } from '../../../../../electron/contract/japaneseDate/japanTime';
import type { ActiveSession } from '../../../../../electron/contract/schemas/staff';
import { asApiError } from '../../../api/ApiError';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatIsoWareki } from '../../../components/dateInput/formatIso';
import { accountsJa } from '../../../i18n/accountsJa';
import { useLoaded } from '../../caseDetail/useLoaded';

const readSessions = () => call('staff.sessions', {});
const nowrap = { whiteSpace: 'nowrap' } as const;

/** A moment as 令和8年12月8日 09:15 (Japan time). */
function wareki(iso: string): string {
  return `${formatIsoWareki(japanDateOf(iso))} ${japanTimeOf(iso)}`;
}

/**
 * ログイン中の職員 on the 管理 screen: every open login (who, from which PC or address, since
 * when, at work or locked), and ending one that is not one's own.
 */
export function ActiveSessionsSection() {
  const t = accountsJa.sessions;
  const { state, reload } = useLoaded(readSessions);
  const [ending, setEnding] = useState<ActiveSession | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    setEnding(null);
  };
  const end = async (target: ActiveSession) => {
    setBusy(true);
    setError(null);
    try {
      await call('staff.endSession', { ref: target.ref });
      notifications.show({ color: 'teal', message: t.endDone(target.displayName) });
      close();
      reload();
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label={t.title}>
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t.title}
        </Title>
        <Button variant="default" onClick={reload}>
          {t.reload}
        </Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t.lead}
      </Text>
      {state.kind === 'loading' && <Loader color="teal" size="sm" />}
      {state.kind === 'failed' && (
        <Alert color="red" title={t.loadFailed} role="alert">
          <Button variant="default" size="xs" onClick={reload}>
            {t.retry}
          </Button>
        </Alert>
      )}
      {state.kind === 'ready' && (
        <Table striped aria-label={t.tableLabel} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.staff}</Table.Th>
              <Table.Th style={nowrap}>{t.role}</Table.Th>
              <Table.Th>{t.from}</Table.Th>
              <Table.Th>{t.since}</Table.Th>
              <Table.Th style={nowrap}>{t.lastActivity}</Table.Th>
              <Table.Th style={nowrap}>{t.state}</Table.Th>
              <Table.Th>{t.actions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.value.map((session) => (
              <Table.Tr key={session.ref}>
                <Table.Td style={nowrap}>
                  <Text fw={700} fz="sm" span>
                    {session.displayName}
                  </Text>
                  {session.self && (
                    <Text fz="xs" c="dimmed" span>
                      {t.you}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={nowrap}>{roleLabels[session.role]}</Table.Td>
                <Table.Td style={nowrap}>{session.address ?? t.thisPc}</Table.Td>
                <Table.Td style={nowrap}>{wareki(session.since)}</Table.Td>
                <Table.Td style={nowrap}>{japanTimeOf(session.lastActivity)}</Table.Td>
                <Table.Td style={nowrap}>
                  <Badge
                    color={session.state === 'unlocked' ? 'teal' : 'gray'}
                    variant="light"
                    radius="sm"
                  >
                    {session.state === 'unlocked' ? t.unlocked : t.locked}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {!session.self && (
                    <Button
                      size="xs"
                      variant="default"
                      color="red"
                      onClick={() => setEnding(session)}
                      aria-label={`${session.displayName}さんの${t.end}`}
                    >
                      {t.end}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={ending !== null}
        onClose={close}
        title={ending ? t.endTitle(ending.displayName) : ''}
        size={480}
      >
        {ending && (
          <Stack gap="sm">
            <Text fz="sm">{t.endLead}</Text>
            <ErrorAlert message={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={busy}>
                {t.cancel}
              </Button>
              <Button color="red" loading={busy} onClick={() => void end(ending)}>
                {t.submitEnd}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
