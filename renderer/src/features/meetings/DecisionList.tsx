import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingDecisionView, MeetingView } from '../../../../electron/contract';
import { planStatuses } from '../../../../electron/contract';
import { meetingDecisionKinds } from '../../../../electron/contract/meetingCodes';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';

type Props = {
  decisions: readonly MeetingDecisionView[];
  writable: boolean;
  onChanged: (meeting: MeetingView) => void;
};

// Decisions that changed the case or its plan stay: undoing them is done on the case itself.
const removable = new Set<MeetingDecisionView['kind']>(['roleAssignment', 'evaluation']);

/** 決定事項 of one case, oldest first; 役割分担 and 評価 can be removed if entered by mistake. */
export function DecisionList({ decisions, writable, onChanged }: Props) {
  const t = ja.meetings.decisions;
  const [busyId, setBusyId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = async (id: number) => {
    setBusyId(id);
    setError(null);
    try {
      const saved = await call('meeting.removeDecision', { id });
      notifications.show({ color: 'teal', message: t.removed });
      onChanged(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
    } finally {
      setBusyId(null);
    }
  };

  if (decisions.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        {t.none}
      </Text>
    );
  }
  return (
    <Stack gap={6}>
      {decisions.map((d) => (
        <Group key={d.id} gap="sm" wrap="nowrap" align="flex-start" data-testid="decision">
          <Badge variant="light" color="grape" radius="sm" tt="none" miw={84}>
            {meetingDecisionKinds.labels[d.kind]}
          </Badge>
          <Stack gap={0} style={{ flex: 1 }}>
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {d.text}
            </Text>
            {d.planVersion !== null && (
              <Text fz="xs" c="dimmed">
                {t.planLink(d.planVersion)}
                {d.planStatus === null ? '' : `（${planStatuses.labels[d.planStatus]}）`}
              </Text>
            )}
          </Stack>
          {writable && removable.has(d.kind) && (
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t.removeLabel(meetingDecisionKinds.labels[d.kind])}
              loading={busyId === d.id}
              onClick={() => void remove(d.id)}
            >
              {t.remove}
            </Button>
          )}
        </Group>
      ))}
      <ErrorAlert message={error} />
    </Stack>
  );
}
