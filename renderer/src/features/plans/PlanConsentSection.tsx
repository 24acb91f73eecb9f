import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { planConsentMethods, type PlanView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { japanNow } from '../caseDetail/japanNow';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyPlanConsentValues,
  planConsentInputFrom,
  validatePlanConsentValues,
  type PlanConsentValues,
} from './evaluationFormValues';

type Props = { plan: PlanView; writable: boolean; onSaved: (plan: PlanView) => void };

/** How the consent reads: 令和8年4月3日・代筆（山田 一郎）. */
export function consentSummary(plan: PlanView): string | null {
  if (plan.consentOn === null || plan.consentMethod === null) return null;
  const method = planConsentMethods.labels[plan.consentMethod];
  const proxy = plan.consentMethod === 'proxy' ? `（${plan.consentProxyName}）` : '';
  return `${formatIsoWareki(plan.consentOn)}・${method}${proxy}`;
}

function ConsentForm({ plan, onSaved }: Omit<Props, 'writable'>) {
  const t = ja.plans;
  const form = useForm<PlanConsentValues>({
    initialValues: emptyPlanConsentValues(japanNow().date),
    validate: (values) => validatePlanConsentValues(values, japanNow().date),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('plan.recordConsent', planConsentInputFrom(plan.id, values));
    notifications.show({ color: 'teal', message: t.consentSaved });
    onSaved(saved);
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.consentRecord}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <JapaneseDateInput
          label={t.consentOn}
          w={200}
          withAsterisk
          rules={{ required: true }}
          {...form.getInputProps('consentOn')}
          value={form.values.consentOn}
        />
        <LabelledSegmented
          label={t.consentMethod}
          data={codeOptions(planConsentMethods)}
          value={form.values.consentMethod}
          onChange={(v) => isCode(planConsentMethods, v) && form.setFieldValue('consentMethod', v)}
        />
        {form.values.consentMethod === 'proxy' && (
          <TextInput
            label={t.consentProxyName}
            withAsterisk
            w={220}
            {...form.getInputProps('consentProxyName')}
          />
        )}
        <Button type="submit" loading={busy} mt={25}>
          {t.consentSubmit}
        </Button>
      </Group>
      <ErrorAlert message={error} />
    </form>
  );
}

/** 本人同意 on the plan: shown once recorded; recorded here while it is not. */
export function PlanConsentSection({ plan, writable, onSaved }: Props) {
  const t = ja.plans;
  const summary = consentSummary(plan);
  const canRecord =
    writable && plan.status !== 'ended' && !(plan.status === 'confirmed' && summary !== null);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} fz="md">
          {t.consent}
        </Title>
        <Text fz="sm" c={summary ? undefined : 'dimmed'} data-testid="plan-consent">
          {summary ?? t.consentNone}
        </Text>
        {canRecord && <ConsentForm plan={plan} onSaved={onSaved} />}
      </Stack>
    </Paper>
  );
}
