import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PlanEvaluateResult, PlanView } from '../../../../electron/contract';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { formatWarekiDate } from '../../i18n/formatWarekiDate';
import { ja } from '../../i18n/ja';
import { PlanPrintButtons } from '../print/PlanPrintButtons';
import { PlanConsentSection } from './PlanConsentSection';
import { PlanContentView } from './PlanContentView';
import { PlanEvaluationForm } from './PlanEvaluationForm';
import { PlanEvaluationsList } from './PlanEvaluationsList';
import { HistoryButton } from '../history/HistoryButton';

type Props = {
  plan: PlanView;
  writable: boolean;
  onChanged: (plan: PlanView) => void;
  onEvaluated: (result: PlanEvaluateResult) => void;
};

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="sm" fw={500}>
        {value || '—'}
      </Text>
    </Stack>
  );
}

/** A 確定 or 終了 version, read only; 評価する while it is the current 確定 version. */
export function PlanReadView({ plan, writable, onChanged, onEvaluated }: Props) {
  const t = ja.plans;
  const [evaluating, setEvaluating] = useState(false);
  const canEvaluate = writable && plan.status === 'confirmed' && plan.supersededById === null;
  const period = [plan.periodFrom, plan.periodTo].map(formatIsoWareki);

  return (
    <Stack gap="md" aria-label={`${t.versionLabel(plan.version)}（読み取り専用）`} role="region">
      {plan.status !== 'draft' && (
        <Alert color="gray" variant="light" data-testid="plan-read-only">
          {t.readOnly}
          {plan.supersededById !== null && ` ${t.supersededNotice}`}
        </Alert>
      )}
      <PlanPrintButtons
        caseId={plan.caseId}
        version={plan.version}
        planId={plan.id}
        evaluated={plan.evaluations.length > 0}
      />
      <Group gap="xl" align="flex-start">
        <Fact label={t.createdOn} value={formatIsoWareki(plan.createdOn)} />
        <Fact
          label={t.planPeriod}
          value={period[0] || period[1] ? `${period[0]}〜${period[1]}` : ''}
        />
        {plan.status === 'confirmed' && (
          <Fact label={t.nextEvaluationOn} value={formatIsoWareki(plan.nextEvaluationOn)} />
        )}
        <Fact
          label={t.confirmedBy}
          value={[
            plan.confirmedByName,
            plan.confirmedAt && formatWarekiDate(new Date(plan.confirmedAt)),
          ]
            .filter(Boolean)
            .join('・')}
        />
        <HistoryButton record="plan" id={plan.id} />
        {canEvaluate && !evaluating && (
          <Button ml="auto" onClick={() => setEvaluating(true)}>
            {t.evaluate}
          </Button>
        )}
      </Group>
      {evaluating && (
        <PlanEvaluationForm
          plan={plan}
          onCancel={() => setEvaluating(false)}
          onEvaluated={(result) => {
            setEvaluating(false);
            onEvaluated(result);
          }}
        />
      )}
      <PlanContentView plan={plan} />
      <PlanConsentSection plan={plan} writable={writable} onSaved={onChanged} />
      <PlanEvaluationsList planId={plan.id} evaluations={plan.evaluations} />
    </Stack>
  );
}
