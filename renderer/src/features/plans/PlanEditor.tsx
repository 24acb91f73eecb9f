import { Button, Checkbox, Divider, Group, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { PlanView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { ApiError, asApiError } from '../../api/ApiError';
import { textFromIso } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';
import { ja } from '../../i18n/ja';
import type { CaseOptions } from '../caseDetail/useCaseOptions';
import { japanNow } from '../caseDetail/japanNow';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { assigneePickList } from './planAssignee';
import {
  planFieldsFrom,
  planIssuePath,
  planValuesFrom,
  validatePlanValues,
  type PlanFormValues,
} from './planFormValues';
import { PlanConfirmModal } from './PlanConfirmModal';
import { PlanGoalsFields, PlanIssuesFields } from './PlanListFields';
import { PlanRowsTable } from './PlanRowsTable';
import { HistoryButton } from '../history/HistoryButton';

type Props = {
  plan: PlanView;
  options: CaseOptions;
  onSaved: (plan: PlanView) => void;
  onConfirmed: (plan: PlanView) => void;
};

function withFormPaths(thrown: unknown): ApiError {
  const error = asApiError(thrown);
  if (!error.issues) return error;
  const issues = error.issues.map((issue) => ({ ...issue, path: planIssuePath(issue.path) }));
  return new ApiError(error.code, error.message, issues);
}

/**
 * The 案 editor, saved as a whole (plan.update). Ctrl+Enter saves from any field; a failed save
 * keeps every word and shows the reason at the field. 確定 asks first, and only when saved.
 */
export function PlanEditor({ plan, options, onSaved, onConfirmed }: Props) {
  const t = ja.plans;
  const [confirming, setConfirming] = useState(false);
  // Unsaved changes to the 案 survive leaving the case and a lock (draftStore.ts).
  const draftKey = `plan:${plan.id}`;
  const [savedValues, setSavedValues] = useState(() => planValuesFrom(plan));
  const form = useForm<PlanFormValues>({
    initialValues: draftOr(draftKey, savedValues),
    validate: (values) => validatePlanValues(values, japanNow().date),
  });
  const draft = useFormDraft(form, draftKey, savedValues);
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    try {
      const saved = await call('plan.update', { id: plan.id, ...planFieldsFrom(values) });
      // Rows keep their keys (and focus); only the date the server chose is filled in.
      const next = { ...values, nextEvaluationOn: textFromIso(saved.nextEvaluationOn) };
      if (values.nextEvaluationOn.trim() !== '') next.nextEvaluationOn = values.nextEvaluationOn;
      draft.drop(next);
      setSavedValues(next);
      form.setValues(next);
      form.resetDirty(next);
      notifications.show({ color: 'teal', message: t.saved });
      onSaved(saved);
    } catch (thrown) {
      throw withFormPaths(thrown);
    }
  });
  const assignees = assigneePickList(
    options.agencies,
    options.staff,
    form.values.rows.map((r) => r.assignee),
  );
  // Against what is saved, not what the form opened with (it may open with a kept draft).
  const dirty = JSON.stringify(form.values) !== JSON.stringify(savedValues);

  return (
    <>
      <form
        onSubmit={onSubmit}
        onKeyDown={submitOnCtrlEnter}
        noValidate
        aria-label={t.editorTitle(plan.version)}
      >
        <Stack gap="md">
          <Group gap="sm" align="flex-start" wrap="wrap">
            <JapaneseDateInput
              label={t.createdOn}
              w={200}
              withAsterisk
              rules={{ required: true }}
              {...form.getInputProps('createdOn')}
              value={form.values.createdOn}
            />
            <JapaneseDateInput
              label={t.periodFrom}
              w={200}
              {...form.getInputProps('periodFrom')}
              value={form.values.periodFrom}
            />
            <JapaneseDateInput
              label={t.periodTo}
              w={200}
              {...form.getInputProps('periodTo')}
              value={form.values.periodTo}
            />
            <Stack gap={2} w={260}>
              <JapaneseDateInput
                label={t.nextEvaluationOn}
                {...form.getInputProps('nextEvaluationOn')}
                value={form.values.nextEvaluationOn}
              />
              <Text fz="xs" c="dimmed">
                {t.nextEvaluationHint}
              </Text>
            </Stack>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Textarea
              label={t.personWishes}
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('personWishes')}
            />
            <Textarea
              label={t.householdGoal}
              autosize
              minRows={3}
              maxRows={10}
              {...form.getInputProps('householdGoal')}
            />
          </SimpleGrid>
          <Divider />
          <PlanIssuesFields form={form} />
          <Divider />
          <PlanGoalsFields form={form} />
          <Divider />
          <PlanRowsTable form={form} assignees={assignees} />
          <Group gap="xl">
            <Checkbox
              label={t.referralParticipation}
              {...form.getInputProps('referralParticipation', { type: 'checkbox' })}
            />
            <Checkbox
              label={t.referralOutreach}
              {...form.getInputProps('referralOutreach', { type: 'checkbox' })}
            />
          </Group>
          <ErrorAlert message={error} />
          <Group justify="flex-end" gap="sm">
            <HistoryButton record="plan" id={plan.id} />
            <Text fz="xs" c={dirty ? 'orange.8' : 'dimmed'}>
              {dirty ? t.unsaved : ja.form.ctrlEnter}
            </Text>
            <Button variant="outline" disabled={dirty || busy} onClick={() => setConfirming(true)}>
              {t.confirm}
            </Button>
            <Button type="submit" loading={busy}>
              {t.save}
            </Button>
          </Group>
        </Stack>
      </form>
      <PlanConfirmModal
        plan={plan}
        opened={confirming}
        onClose={() => setConfirming(false)}
        onConfirmed={(confirmed) => {
          setConfirming(false);
          onConfirmed(confirmed);
        }}
      />
    </>
  );
}
