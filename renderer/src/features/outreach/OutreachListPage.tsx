import { Button, Group, Loader, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import type { SessionUser } from '../../../../electron/contract';
import { outreachStages } from '../../../../electron/contract/communityCodes';
import { routes } from '../../app/routes';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import {
  rememberedOutreachFilters,
  rememberOutreachFilters,
  toOutreachListInput,
  type OutreachListFilters,
} from './outreachListFilters';
import { OutreachTable } from './OutreachTable';
import { PageHeader } from '../../components/PageHeader';

/** アウトリーチ (#/outreach): the targets by 段階 and 担当, longest without contact marked. */
export function OutreachListPage({ user }: { user: SessionUser }) {
  const t = ja.outreach;
  const [filters, setFilters] = useState<OutreachListFilters>(rememberedOutreachFilters);
  const update = (patch: Partial<OutreachListFilters>) => {
    const next = { ...filters, ...patch };
    rememberOutreachFilters(next);
    setFilters(next);
  };
  const { data, error, loading, reload } = useCallData(
    'outreach.list',
    toOutreachListInput(filters, user.staffId),
  );
  const targets = data ?? [];

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t.title}
        lead={t.lead}
        action={
          user.role !== 'viewer' && (
            <Button component="a" href={routes.outreachNew()}>
              {t.create}
            </Button>
          )
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t.stageFilter}
          placeholder={t.allStages}
          w={220}
          clearable
          data={codeOptions(outreachStages)}
          value={filters.stage}
          onChange={(value) => update({ stage: isCode(outreachStages, value) ? value : null })}
        />
        <Switch
          label={t.mine}
          mb={8}
          checked={filters.mine}
          onChange={(event) => update({ mine: event.currentTarget.checked })}
        />
        <Switch
          label={t.includeClosed}
          mb={8}
          checked={filters.includeClosed}
          onChange={(event) => update({ includeClosed: event.currentTarget.checked })}
        />
      </Group>
      <ErrorAlert message={error?.message ?? null} />
      {error && (
        <Button variant="default" w="fit-content" onClick={reload}>
          {t.retry}
        </Button>
      )}
      {data === null && loading ? (
        <Loader color="teal" aria-label={ja.list.loading} />
      ) : targets.length > 0 ? (
        <>
          <Text fz="sm" c="dimmed" aria-live="polite">
            {t.count(targets.length)}
          </Text>
          <OutreachTable targets={targets} />
        </>
      ) : (
        <Paper withBorder p="xl" bg="gray.0">
          <Stack gap={4}>
            <Text fw={700}>{t.empty}</Text>
            <Text fz="sm" c="dimmed">
              {t.emptyHint}
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
