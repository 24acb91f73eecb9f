import { Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { meetingKinds } from '../../../../electron/contract/meetingCodes';
import { meetingRoutes } from '../../app/meetingRoutes';
import { useCallData } from '../../components/data/useCallData';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { todayInJapan } from '../../components/dateInput/dateText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import {
  defaultMeetingFilters,
  meetingListInput,
  type MeetingListFilters,
} from './meetingListFilters';
import { MeetingTable } from './MeetingTable';
import { useMeetingKindNames } from './useMeetingKindNames';
import { PageHeader } from '../../components/PageHeader';

/** 会議 (#/meetings): meetings in a period, of one kind or all, newest first; 新しい会議. */
export function MeetingsPage({ canWrite }: { canWrite: boolean }) {
  const t = ja.meetings;
  const names = useMeetingKindNames();
  const [filters, setFilters] = useState<MeetingListFilters>(() =>
    defaultMeetingFilters(todayInJapan()),
  );
  const list = useCallData('meeting.list', meetingListInput(filters));
  const update = (patch: Partial<MeetingListFilters>) => setFilters({ ...filters, ...patch });
  const kindOptions = meetingKinds.codes.map((kind) => ({ value: kind, label: names[kind] }));

  return (
    <Stack gap="md">
      <PageHeader
        title={t.title}
        action={
          canWrite && (
            <Button component="a" href={meetingRoutes.meetingNew()}>
              {t.newMeeting}
            </Button>
          )
        }
      />
      <Group gap="sm" align="flex-start" wrap="wrap" role="search" aria-label={t.list.tableLabel}>
        <JapaneseDateInput
          label={t.list.from}
          compact
          w={200}
          value={filters.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
        <JapaneseDateInput
          label={t.list.to}
          compact
          w={200}
          value={filters.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
        <Select
          label={t.list.kind}
          w={220}
          data={kindOptions}
          placeholder={t.list.allKinds}
          clearable
          value={filters.kind}
          onChange={(value) =>
            update({ kind: meetingKinds.codes.find((k) => k === value) ?? null })
          }
        />
        <Button
          variant="subtle"
          mt={25}
          onClick={() => setFilters(defaultMeetingFilters(todayInJapan()))}
        >
          {t.list.clear}
        </Button>
      </Group>
      <ErrorAlert message={list.error?.message ?? null} />
      {list.data === null ? (
        <Loader size="sm" color="teal" aria-label={ja.list.loading} />
      ) : list.data.length === 0 ? (
        <Paper withBorder p="xl" bg="gray.0">
          <Stack gap={4}>
            <Text fw={700}>{t.list.empty}</Text>
            <Text c="dimmed" fz="sm">
              {t.list.emptyHint}
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Stack gap="xs">
          <Text fw={700} data-testid="meeting-total">
            {t.list.total(list.data.length)}
          </Text>
          <MeetingTable rows={list.data} />
        </Stack>
      )}
    </Stack>
  );
}
