import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MeetingCaseCheck } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { ShienMeetingChooser } from './ShienMeetingChooser';

type Props = {
  caseId: number;
  caseNumber: string;
  check: MeetingCaseCheck;
  onClose: () => void;
};

/**
 * Why a case cannot go on this meeting's agenda (the service's reason), what the rule is, and —
 * when a 支援会議 may discuss it — a way there: a planned 支援会議, or a new one.
 */
export function ConsentRefusal({ caseId, caseNumber, check, onClose }: Props) {
  const t = ja.meetings.agenda;
  const [choosing, setChoosing] = useState(false);
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={`${caseNumber}：${t.refusedTitle}`}
      withCloseButton
      closeButtonLabel={t.close}
      onClose={onClose}
      data-testid="consent-refusal"
    >
      <Stack gap="xs">
        {check.reason && (
          <Text fz="sm" fw={700}>
            {check.reason}
          </Text>
        )}
        <Text fz="sm">{t.refusedExplain}</Text>
        {check.suggestedKind === 'shien' && (
          <Group>
            <Button size="xs" color="orange" onClick={() => setChoosing(true)}>
              {t.offerShien}
            </Button>
          </Group>
        )}
      </Stack>
      {choosing && (
        <ShienMeetingChooser
          caseId={caseId}
          caseNumber={caseNumber}
          onClose={() => setChoosing(false)}
        />
      )}
    </Alert>
  );
}
