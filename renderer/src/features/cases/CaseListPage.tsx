import { Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { routes } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { CaseListExportButton } from '../export/CaseListExportButton';
import { CaseListFilterBar } from './CaseListFilterBar';
import { defaultCaseListFilters, type CaseListFilters } from './caseListFilters';
import { CaseTable } from './CaseTable';
import { rememberCaseListFilters, rememberedCaseListFilters } from './rememberedFilters';
import { useCaseList } from './useCaseList';
import { PageHeader } from '../../components/PageHeader';

const t = ja.caseList;

/** ケース一覧: filters, the cases a page at a time, and the way to 相談受付 and 世帯を登録. */
export function CaseListPage({ canWrite }: { canWrite: boolean }) {
  const [filters, setFilters] = useState<CaseListFilters>(rememberedCaseListFilters);
  const list = useCaseList(filters);
  const update = (next: CaseListFilters) => {
    rememberCaseListFilters(next);
    setFilters(next);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={t.title}
        action={
          <Group gap="sm" display={canWrite ? undefined : 'none'}>
            <Button component="a" href={routes.householdNew()} variant="default">
              {t.newHousehold}
            </Button>
            <Button component="a" href={routes.intake()}>
              {t.intake}
            </Button>
          </Group>
        }
      />
      <CaseListFilterBar
        filters={filters}
        onChange={(patch) => update({ ...filters, ...patch })}
        onClear={() => update({ ...defaultCaseListFilters, sort: filters.sort })}
      />
      <ErrorAlert message={list.error?.message ?? null} />
      <Group gap="sm" mih={24}>
        {list.loading ? (
          <Loader size="xs" color="teal" aria-label={ja.list.loading} />
        ) : (
          <Text fw={700} data-testid="case-total">
            {t.total(list.total)}
          </Text>
        )}
        {!list.loading && list.rows.length < list.total && (
          <Text c="dimmed" fz="sm">
            {t.shown(list.rows.length)}
          </Text>
        )}
        <Group ml="auto">
          <CaseListExportButton filters={filters} total={list.total} disabled={list.loading} />
        </Group>
      </Group>
      {!list.loading && list.rows.length === 0 && !list.error ? (
        <Paper withBorder p="xl" bg="gray.0">
          <Stack gap={4}>
            <Text fw={700}>{t.empty}</Text>
            <Text c="dimmed" fz="sm">
              {t.emptyHint}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <CaseTable rows={list.rows} />
      )}
      {list.nextCursor !== null && !list.loading && (
        <Center>
          <Button variant="default" loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t.more}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
