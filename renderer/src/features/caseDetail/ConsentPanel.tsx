import { Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  consentKinds,
  type AgencyView,
  type CaseDetail,
  type ConsentView,
} from '../../../../electron/contract';
import { historyJa } from '../../i18n/historyJa';
import { ja } from '../../i18n/ja';
import { ConsentForm } from './ConsentForm';
import { ConsentTable } from './ConsentTable';

type Props = {
  detail: CaseDetail;
  agencies: AgencyView[];
  writable: boolean;
  onSaved: (consent: ConsentView) => void;
};

/** 本人同意: the state in force per kind, the form to record a new one, and the full history. */
export function ConsentPanel({ detail, agencies, writable, onSaved }: Props) {
  const t = ja.caseConsent;
  const { current, history } = detail.consents;
  const [correcting, setCorrecting] = useState<ConsentView | null>(null);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t.currentTitle}
        </Title>
        <ConsentTable
          label={t.currentTitle}
          rows={consentKinds.codes.map((kind) => ({ key: kind, kind, view: current[kind] }))}
        />
      </Stack>
      {writable && (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Title order={2} fz="lg" mb="xs">
            {t.recordTitle}
          </Title>
          <ConsentForm
            caseId={detail.id}
            agencies={agencies}
            caseAgencyIds={detail.agencies.map((a) => a.agencyId)}
            onSaved={(consent) => {
              notifications.show({ color: 'teal', message: t.recorded });
              onSaved(consent);
            }}
          />
        </Paper>
      )}
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t.historyTitle}
        </Title>
        {history.length === 0 ? (
          <Text c="dimmed">{t.emptyHistory}</Text>
        ) : (
          <ConsentTable
            withHistory
            onCorrect={writable ? setCorrecting : undefined}
            label={t.historyTitle}
            rows={history.map((view) => ({ key: String(view.id), kind: view.kind, view }))}
          />
        )}
      </Stack>
      {correcting && (
        <Modal opened onClose={() => setCorrecting(null)} title={historyJa.consent.title} size="xl">
          <Stack gap="sm">
            <Text fz="sm">{historyJa.consent.lead}</Text>
            <ConsentForm
              caseId={detail.id}
              agencies={agencies}
              caseAgencyIds={detail.agencies.map((a) => a.agencyId)}
              correcting={correcting}
              onSaved={(consent) => {
                setCorrecting(null);
                notifications.show({ color: 'teal', message: historyJa.consent.done });
                onSaved(consent);
              }}
            />
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
