import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseDetail, PlanEvaluateResult, PlanView } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import type { CaseOptions } from '../caseDetail/useCaseOptions';
import { japanNow } from '../caseDetail/japanNow';
import { PlanConsentSection } from './PlanConsentSection';
import { PlanEditor } from './PlanEditor';
import { PlanReadView } from './PlanReadView';
import { PlanStatusBadge } from './PlanStatusBadge';
import { PlanVersionList } from './PlanVersionList';

type Props = {
  caseId: number;
  options: CaseOptions;
  writable: boolean;
  /** The case as read again after a change that moves it on (確定 → 支援中, 終結, 中断). */
  onCaseChanged: (detail: CaseDetail) => void;
};

/**
 * 支援プラン: the versions (newest first), then the one chosen — the editor while it is a 案,
 * otherwise read only. A 見直し opens the new version's editor.
 */
export function PlansPanel({ caseId, options, writable, onCaseChanged }: Props) {
  const t = ja.plans;
  const list = useCallData('plan.listForCase', { caseId });
  const [chosenId, setChosenId] = useState<number | null>(null);
  const shownId = chosenId ?? list.data?.[0]?.id ?? null;
  const got = useCallData('plan.get', shownId === null ? null : { id: shownId });
  const plan = got.data?.id === shownId ? got.data : null;
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);

  const changed = (moved: boolean) => {
    list.reload();
    got.reload();
    // The case screen shows the new 段階; a failed re-read only leaves the header as it was.
    if (moved) call('case.get', { id: caseId }).then(onCaseChanged, () => undefined);
  };
  const create = async () => {
    setCreating(true);
    setCreateError(null);
    try {
      const created = await call('plan.create', { caseId, createdOn: japanNow().date });
      notifications.show({ color: 'teal', message: t.created });
      setChosenId(created.id);
      list.reload();
    } catch (error) {
      setCreateError(asApiError(error).message);
    } finally {
      setCreating(false);
    }
  };
  const evaluated = (result: PlanEvaluateResult) => {
    const revised = result.nextPlanId !== null;
    notifications.show({
      color: 'teal',
      message: revised ? t.revised(result.plan.version + 1) : t.evaluated,
    });
    if (result.nextPlanId !== null) setChosenId(result.nextPlanId);
    changed(result.plan.status === 'ended');
  };

  if (list.error) {
    return (
      <Alert color="red" title={t.loadFailed}>
        <Group>
          <Text fz="sm">{list.error.message}</Text>
          <Button variant="default" size="xs" onClick={list.reload}>
            {t.retry}
          </Button>
        </Group>
      </Alert>
    );
  }
  if (list.data === null) return <Loader color="teal" size="sm" />;
  if (list.data.length === 0) {
    return (
      <Paper withBorder p="xl" bg="gray.0">
        <Stack gap="sm" align="flex-start">
          <Text>{t.none}</Text>
          {writable && (
            <Button onClick={() => void create()} loading={creating}>
              {t.create}
            </Button>
          )}
          <ErrorAlert message={createError} />
        </Stack>
      </Paper>
    );
  }
  return (
    <Stack gap="md">
      <PlanVersionList versions={list.data} selectedId={shownId} onSelect={setChosenId} />
      <ErrorAlert message={got.error?.message ?? null} />
      {plan === null ? (
        <Loader color="teal" size="sm" />
      ) : (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={t.versionLabel(plan.version)}
        >
          <Stack gap="md">
            <Group gap="sm">
              <Title order={2} fz="lg">
                {plan.status === 'draft' && writable
                  ? t.editorTitle(plan.version)
                  : `${t.tab} ${t.versionLabel(plan.version)}`}
              </Title>
              <PlanStatusBadge status={plan.status} />
            </Group>
            {plan.status === 'draft' && writable ? (
              <Stack gap="md">
                <PlanEditor
                  key={plan.id}
                  plan={plan}
                  options={options}
                  onSaved={() => changed(false)}
                  onConfirmed={(confirmed: PlanView) => {
                    notifications.show({ color: 'teal', message: t.confirmed });
                    setChosenId(confirmed.id);
                    changed(true);
                  }}
                />
                <PlanConsentSection
                  plan={plan}
                  writable={writable}
                  onSaved={() => changed(false)}
                />
              </Stack>
            ) : (
              <PlanReadView
                key={plan.id}
                plan={plan}
                writable={writable}
                onChanged={() => changed(false)}
                onEvaluated={evaluated}
              />
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
