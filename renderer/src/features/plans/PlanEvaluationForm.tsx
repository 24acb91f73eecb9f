import { Badge, Group, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  goalResults,
  planDecisions,
  planGoalKinds,
  type PlanEvaluateResult,
  type PlanView,
} from '../../../../electron/contract';
import { ApiError, asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabelledSegmented } from '../../components/forms/LabelledSegmented';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';
import { ja } from '../../i18n/ja';
import { CloseReasonField } from '../caseDetail/CloseReasonField';
import { japanNow } from '../caseDetail/japanNow';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import {
  emptyEvaluationValues,
  evaluationInputFrom,
  evaluationIssuePath,
  validateEvaluationValues,
  type EvaluationFormValues,
} from './evaluationFormValues';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = {
  plan: PlanView;
  onEvaluated: (result: PlanEvaluateResult) => void;
  onCancel: () => void;
};

function withFormPaths(thrown: unknown): ApiError {
  const error = asApiError(thrown);
  if (!error.issues) return error;
  const issues = error.issues.map((issue) => ({ ...issue, path: evaluationIssuePath(issue.path) }));
  return new ApiError(error.code, error.message, issues);
}

/** 評価: every goal's result, 本人の変化 and the decision; Ctrl+Enter records it. */
export function PlanEvaluationForm({ plan, onEvaluated, onCancel }: Props) {
  const t = ja.plans;
  // What is typed survives leaving the case and a lock (draftStore.ts).
  const draftKey = `evaluation:${plan.id}`;
  const blank = emptyEvaluationValues(plan, japanNow().date);
  const form = useForm<EvaluationFormValues>({
    initialValues: draftOr(draftKey, blank),
    validate: (values) => validateEvaluationValues(values, japanNow().date),
  });
  const draft = useFormDraft(form, draftKey, blank);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    try {
      const evaluated = await call('plan.evaluate', evaluationInputFrom(plan.id, values));
      draft.drop();
      onEvaluated(evaluated);
    } catch (thrown) {
      throw withFormPaths(thrown);
    }
  });
  const { values } = form;

  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <form
        onSubmit={onSubmit}
        onKeyDown={submitOnCtrlEnter}
        noValidate
        aria-label={t.evaluationTitle}
      >
        <Stack gap="md">
          <Title order={3} fz="lg">
            {t.evaluationTitle}（{t.versionLabel(plan.version)}）
          </Title>
          <JapaneseDateInput
            label={t.evaluatedOn}
            w={200}
            withAsterisk
            rules={{ required: true }}
            {...form.getInputProps('evaluatedOn')}
            value={values.evaluatedOn}
          />
          {values.goals.map((goal, i) => (
            <Paper key={goal.goalId} withBorder p="sm" radius="sm" data-testid="goal-evaluation">
              <Stack gap="xs">
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <Badge variant="light" color={goal.kind === 'long' ? 'indigo' : 'teal'} w={84}>
                    {planGoalKinds.labels[goal.kind]}
                  </Badge>
                  <Text fz="sm" fw={700}>
                    {goal.text}
                  </Text>
                </Group>
                <Group gap="md" align="flex-start" wrap="wrap">
                  <LabelledSegmented
                    label={`${t.goalResult}（${goal.text}）`}
                    hideLabel
                    data={codeOptions(goalResults)}
                    value={goal.result ?? ''}
                    error={form.errors[`goals.${i}.result`] as string | undefined}
                    onChange={(v) =>
                      isCode(goalResults, v) && form.setFieldValue(`goals.${i}.result`, v)
                    }
                  />
                  <TextInput
                    aria-label={`${t.goalComment}（${goal.text}）`}
                    placeholder={t.goalComment}
                    style={{ flex: 1 }}
                    miw={240}
                    {...form.getInputProps(`goals.${i}.comment`)}
                  />
                </Group>
              </Stack>
            </Paper>
          ))}
          <ErrorAlert message={(form.errors.goals as string | undefined) ?? null} />
          <Textarea
            label={t.personChange}
            autosize
            minRows={2}
            maxRows={8}
            {...form.getInputProps('personChange')}
          />
          <Textarea
            label={t.evaluationComment}
            autosize
            minRows={1}
            maxRows={6}
            {...form.getInputProps('comment')}
          />
          <LabelledSegmented
            label={t.decision}
            data={codeOptions(planDecisions)}
            value={values.decision ?? ''}
            error={form.errors.decision as string | undefined}
            onChange={(v) => isCode(planDecisions, v) && form.setFieldValue('decision', v)}
          />
          {values.decision && (
            <Text fz="sm" c="dimmed" data-testid="decision-hint">
              {t.decisionHints[values.decision]}
            </Text>
          )}
          {values.decision === 'close' && (
            <>
              <CloseReasonField
                value={values.closeReasonCode}
                onChange={(code) => form.setFieldValue('closeReasonCode', code)}
                error={form.errors.closeReasonCode as string | undefined}
              />
              <TextInput
                label={ja.caseClose.closeNote}
                withAsterisk={values.closeReasonCode === 'other'}
                {...form.getInputProps('closeReasonNote')}
              />
            </>
          )}
          {values.decision === 'continue' && (
            <JapaneseDateInput
              label={t.nextEvaluationOn}
              w={260}
              {...form.getInputProps('nextEvaluationOn')}
              value={values.nextEvaluationOn}
            />
          )}
          <FormFooter
            error={error}
            busy={busy}
            submitLabel={t.evaluationSubmit}
            onCancel={() => {
              draft.drop();
              onCancel();
            }}
          />
        </Stack>
      </form>
    </Paper>
  );
}
