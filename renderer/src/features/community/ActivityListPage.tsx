import { Button, Group, Loader, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { activityKinds } from '../../../../electron/contract/communityCodes';
import type { ActivityView } from '../../../../electron/contract/schemas/activity';
import { codeOptions, isCode } from '../../components/codes/codeOptions';
import { useCallData } from '../../components/data/useCallData';
import { todayInJapan } from '../../components/dateInput/dateText';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { ActivityForm } from './ActivityForm';
import { thisYearFilter, toActivityListInput, type ActivityListFilter } from './activityListFilter';
import { ActivityTable } from './ActivityTable';
import { activityTotals } from './activityTotals';
import { ActivityTotalsBar } from './ActivityTotalsBar';
import { PageHeader } from '../../components/PageHeader';

type Editing = { activity: ActivityView | null } | null;

/** 地域づくり (#/community): activities of a period (this 年度 first) by 種類, with totals. */
export function ActivityListPage() {
  const t = ja.activities;
  const [filter, setFilter] = useState<ActivityListFilter>(() => thisYearFilter(todayInJapan()));
  const { data, error, loading, reload } = useCallData(
    'activity.list',
    toActivityListInput(filter),
  );
  const [editing, setEditing] = useState<Editing>(null);
  const writable = canWrite(useCurrentRole());
  const activities = data ?? [];

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t.title}
        lead={t.lead}
        action={
          writable && <Button onClick={() => setEditing({ activity: null })}>{t.create}</Button>
        }
      />
      <Group gap="sm" align="flex-start" wrap="wrap">
        <JapaneseDateInput
          label={t.from}
          w={170}
          compact
          value={filter.from}
          onChange={(event) => setFilter({ ...filter, from: event.currentTarget.value })}
        />
        <JapaneseDateInput
          label={t.to}
          w={170}
          compact
          value={filter.to}
          onChange={(event) => setFilter({ ...filter, to: event.currentTarget.value })}
        />
        <Select
          label={t.kindFilter}
          placeholder={t.allKinds}
          w={200}
          clearable
          data={codeOptions(activityKinds)}
          value={filter.kind}
          onChange={(value) =>
            setFilter({ ...filter, kind: isCode(activityKinds, value) ? value : null })
          }
        />
        <Button
          variant="default"
          mt={25}
          onClick={() => setFilter({ ...thisYearFilter(todayInJapan()), kind: filter.kind })}
        >
          {t.thisYear}
        </Button>
      </Group>
      <ErrorAlert message={error?.message ?? null} />
      {data === null && loading ? (
        <Loader color="teal" aria-label={ja.list.loading} />
      ) : (
        <>
          <ActivityTotalsBar totals={activityTotals(activities)} />
          {activities.length > 0 ? (
            <ActivityTable
              activities={activities}
              onOpen={writable ? (activity) => setEditing({ activity }) : null}
            />
          ) : (
            !error && (
              <Paper withBorder p="xl" bg="gray.0">
                <Text c="dimmed">{t.empty}</Text>
              </Paper>
            )
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.activity ? t.editTitle : t.createTitle}
        size={880}
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 700 } }}
      >
        {editing && (
          <ActivityForm
            activity={editing.activity}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              notifications.show({ color: 'teal', message: t.saved });
              reload();
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
