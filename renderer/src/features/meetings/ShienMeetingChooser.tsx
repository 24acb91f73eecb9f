import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { meetingRoutes } from '../../app/meetingRoutes';
import { navigate } from '../../app/routes';
import { useCallData } from '../../components/data/useCallData';
import { todayInJapan } from '../../components/dateInput/dateText';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { meetingTimeText } from './meetingTimeText';

type Props = { caseId: number; caseNumber: string; onClose: () => void };

/**
 * 支援会議で検討する: the 支援会議 planned from today on (a case needs no consent there), to put
 * the case on one and open it, or a new 支援会議 that starts with the case on its agenda.
 */
export function ShienMeetingChooser({ caseId, caseNumber, onClose }: Props) {
  const t = ja.meetings.agenda;
  const planned = useCallData('meeting.list', { from: todayInJapan(), kind: 'shien' });
  const meetings = (planned.data ?? []).filter((m) => m.status === 'planned').reverse();
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const addTo = async (meetingId: number) => {
    setBusyId(meetingId);
    setError(null);
    try {
      await call('meeting.addCase', { meetingId, caseId });
      notifications.show({ color: 'teal', message: t.added(caseNumber) });
      onClose();
      navigate(meetingRoutes.meeting(meetingId));
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Modal opened onClose={onClose} title={`${t.chooseShienTitle}（${caseNumber}）`} size="lg">
      <Stack gap="sm">
        <Text fw={700} fz="sm">
          {t.plannedShien}
        </Text>
        {planned.data === null && <Loader size="xs" color="teal" />}
        {planned.data !== null && meetings.length === 0 && (
          <Text c="dimmed" fz="sm">
            {t.noPlannedShien}
          </Text>
        )}
        {meetings.map((m) => (
          <Group key={m.id} justify="space-between" data-testid="planned-shien">
            <Text fz="sm">
              {formatIsoWareki(m.heldOn)} {meetingTimeText(m)} {m.title || m.kindName}
              {m.place === '' ? '' : `（${m.place}）`}
            </Text>
            <Button
              size="xs"
              variant="default"
              loading={busyId === m.id}
              onClick={() => void addTo(m.id)}
            >
              {t.add}
            </Button>
          </Group>
        ))}
        <ErrorAlert message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t.close}
          </Button>
          <Button onClick={() => navigate(meetingRoutes.meetingNew({ kind: 'shien', caseId }))}>
            {t.newShien}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
