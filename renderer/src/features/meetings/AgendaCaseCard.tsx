import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { MeetingCaseView, MeetingView } from '../../../../electron/contract';
import { consentStates } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { routes } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StageBadge } from '../../components/table/StageBadge';
import { ja } from '../../i18n/ja';
import { consentStateColors } from '../caseDetail/consentDisplay';
import { CaseMinutesForm } from './CaseMinutesForm';
import { DecisionForm } from './DecisionForm';
import { DecisionList } from './DecisionList';

type Props = {
  meetingId: number;
  item: MeetingCaseView;
  number: number;
  writable: boolean;
  onChanged: (meeting: MeetingView) => void;
};

/**
 * One case on the agenda: who, its stage and consent to 会議での検討 (a consent withdrawn since it
 * was put on the agenda is flagged in red), then its 協議内容 and 決定事項.
 */
export function AgendaCaseCard({ meetingId, item, number, writable, onChanged }: Props) {
  const t = ja.meetings;
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flagged = item.consentWarning !== null;

  const remove = async () => {
    setRemoving(true);
    setError(null);
    try {
      const saved = await call('meeting.removeCase', { meetingId, caseId: item.caseId });
      notifications.show({ color: 'teal', message: t.agenda.removed(item.caseNumber) });
      onChanged(saved);
    } catch (thrown) {
      setError(asApiError(thrown).message);
      setRemoving(false);
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={`${item.caseNumber} ${item.personName}`}
      data-testid="agenda-case"
      data-flagged={flagged ? 'true' : undefined}
      style={flagged ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm" align="center">
            <Text fw={700} c="dimmed">
              {t.agenda.number(number)}
            </Text>
            <Title order={3} fz="md">
              <Anchor href={routes.caseDetail(item.caseId)} ff="monospace" mr="xs">
                {item.caseNumber}
              </Anchor>
              {item.personName}
            </Title>
            <Text fz="xs" c="dimmed">
              {item.personKana}
            </Text>
            <StageBadge stage={item.stage} />
            <Badge
              color={consentStateColors[item.consentState]}
              variant="light"
              radius="sm"
              tt="none"
              data-testid="agenda-consent"
            >
              {t.agenda.consent(consentStates.labels[item.consentState])}
            </Badge>
          </Group>
          {writable && item.decisions.length === 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              loading={removing}
              onClick={() => void remove()}
              aria-label={`${item.caseNumber} を${t.agenda.remove}`}
            >
              {t.agenda.remove}
            </Button>
          )}
        </Group>
        {flagged && (
          <Alert color="red" variant="filled" role="alert" data-testid="consent-warning">
            {item.consentWarning}
          </Alert>
        )}
        {item.chiefComplaint !== '' && (
          <Text fz="sm" c="dimmed" lineClamp={2}>
            {item.chiefComplaint}
          </Text>
        )}
        <ErrorAlert message={error} />
        <CaseMinutesForm
          meetingId={meetingId}
          item={item}
          writable={writable}
          onSaved={onChanged}
        />
        <Divider label={t.decisions.title} labelPosition="left" />
        <DecisionList decisions={item.decisions} writable={writable} onChanged={onChanged} />
        {writable && (
          <DecisionForm
            meetingId={meetingId}
            caseId={item.caseId}
            caseNumber={item.caseNumber}
            onSaved={onChanged}
          />
        )}
      </Stack>
    </Paper>
  );
}
