import { Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ResourceView } from '../../../../electron/contract/schemas/participation';
import { useCallData } from '../../components/data/useCallData';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { usePickOptions } from '../outreach/usePickOptions';
import { ParticipationTabs } from './ParticipationTabs';
import { defaultResourceFilter, toResourceListInput, type ResourceFilter } from './resourceFilter';
import { ResourceFilters } from './ResourceFilters';
import { ResourceForm } from './ResourceForm';
import { ResourceTable } from './ResourceTable';

type Editing = { resource: ResourceView | null } | null;

/** 社会資源 (#/participation/resources): the directory with filters; add and edit in a dialog. */
export function ResourceDirectoryPage() {
  const t = ja.resources;
  const [filter, setFilter] = useState<ResourceFilter>(defaultResourceFilter);
  const [asked] = useDebouncedValue(filter, 250);
  const { data, error, loading, reload } = useCallData('resource.list', toResourceListInput(asked));
  const { agencies } = usePickOptions();
  const [editing, setEditing] = useState<Editing>(null);
  const writable = canWrite(useCurrentRole());
  const resources = data ?? [];

  return (
    <Stack gap="md" maw={1200}>
      <ParticipationTabs current="resources" />
      <Group justify="space-between" align="flex-end">
        <ResourceFilters filter={filter} onFilter={setFilter} showInactiveSwitch />
        {writable && <Button onClick={() => setEditing({ resource: null })}>{t.create}</Button>}
      </Group>
      <ErrorAlert message={error?.message ?? null} />
      {data === null && loading ? (
        <Loader color="teal" aria-label={ja.list.loading} />
      ) : resources.length > 0 ? (
        <>
          <Text fz="sm" c="dimmed" aria-live="polite">
            {t.count(resources.length)}
          </Text>
          <ResourceTable
            resources={resources}
            action={
              writable ? { label: t.edit, onClick: (resource) => setEditing({ resource }) } : null
            }
          />
        </>
      ) : (
        !error && <Text c="dimmed">{t.noMatch}</Text>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.resource ? t.editTitle : t.createTitle}
        size={760}
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 700 } }}
      >
        {editing && (
          <ResourceForm
            resource={editing.resource}
            agencies={agencies}
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
