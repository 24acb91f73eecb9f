import { Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { DuePlan, SessionUser } from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { useStaffOptions } from '../../components/codes/useStaffOptions';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ja } from '../../i18n/ja';
import { DuePlansTable } from './DuePlansTable';

const pageSize = 50;

/**
 * 支援プラン (#/plans): every plan whose 次回評価予定日 has passed, oldest first, for one staff
 * member's cases (their own, for a 相談員, to begin with) or the whole office; 50 at a time.
 */
export function PlansPage({ user }: { user: SessionUser }) {
  const t = ja.plans.duePage;
  const { options: staffOptions } = useStaffOptions();
  const [staffId, setStaffId] = useState<number | null>(
    user.role === 'worker' ? user.staffId : null,
  );
  const input = { limit: pageSize, ...(staffId === null ? {} : { staffId }) };
  const first = useCallData('plan.dueForEvaluation', input);
  // Pages read with さらに表示, for the filter they were read with.
  const [more, setMore] = useState<{ key: string; rows: DuePlan[]; hasMore: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const extra = more?.key === key ? more : null;
  const rows = [...(first.data?.rows ?? []), ...(extra?.rows ?? [])];
  const hasMore = extra ? extra.hasMore : (first.data?.hasMore ?? false);
  const total = first.data?.total ?? 0;

  const loadMore = async () => {
    const last = rows.at(-1);
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await call('plan.dueForEvaluation', {
        ...input,
        after: {
          nextEvaluationOn: last.nextEvaluationOn,
          caseNumber: last.caseNumber,
          planId: last.planId,
        },
      });
      setMore({ key, rows: [...(extra?.rows ?? []), ...page.rows], hasMore: page.hasMore });
    } catch (thrown) {
      setMoreError(asApiError(thrown).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader title={ja.plans.dueTitle} lead={t.lead} />
      <Select
        label={t.staff}
        placeholder={ja.list.any}
        data={staffOptions}
        value={staffId === null ? null : String(staffId)}
        onChange={(value) => setStaffId(value === null ? null : Number(value))}
        clearable
        searchable
        w={280}
      />
      <ErrorAlert message={first.error?.message ?? null} />
      {first.data === null ? (
        !first.error && <Loader color="teal" aria-label={ja.list.loading} />
      ) : rows.length === 0 ? (
        <Paper withBorder p="xl" bg="gray.0">
          <Text fw={700}>{t.empty}</Text>
        </Paper>
      ) : (
        <>
          <Text fz="sm" c="dimmed" aria-live="polite" data-testid="due-plan-count">
            {t.shown(rows.length, total)}
          </Text>
          <DuePlansTable plans={rows} />
          <ErrorAlert message={moreError} />
          {hasMore && (
            <Group>
              <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                {t.more}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
