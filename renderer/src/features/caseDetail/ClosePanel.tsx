import { closeReasonText } from './closeReasonText';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CaseDetail } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';
import { CloseForm } from './CloseForm';

type Props = { detail: CaseDetail; writable: boolean; onClosed: (detail: CaseDetail) => void };

/**
 * 終結: the form while the case is open; once closed, the date and reason (which may be
 * corrected), and how to reopen (a stage in 「ケース情報を編集」).
 */
export function ClosePanel({ detail, writable, onClosed }: Props) {
  const t = ja.caseClose;
  const [correcting, setCorrecting] = useState(false);

  if (detail.stage !== 'closed') {
    return writable ? (
      <CloseForm detail={detail} onClosed={onClosed} />
    ) : (
      <Text c="dimmed">{t.lead}</Text>
    );
  }
  if (correcting) {
    return (
      <CloseForm
        detail={detail}
        onCancel={() => setCorrecting(false)}
        onClosed={(closed) => {
          setCorrecting(false);
          onClosed(closed);
        }}
      />
    );
  }
  return (
    <Alert color="gray" title={t.closedTitle} data-testid="closed-panel">
      <Stack gap={4} align="flex-start">
        <Text fz="sm">
          {t.closedOn}：{detail.closedOn ? formatIsoWareki(detail.closedOn) : ''}
        </Text>
        <Text fz="sm">
          {t.closeReason}：{closeReasonText(detail)}
        </Text>
        {writable && (
          <>
            <Text fz="sm" c="dimmed" mt="xs">
              {t.reopenHint}
            </Text>
            <Button variant="default" size="xs" mt={4} onClick={() => setCorrecting(true)}>
              {t.correctOpen}
            </Button>
          </>
        )}
      </Stack>
    </Alert>
  );
}
