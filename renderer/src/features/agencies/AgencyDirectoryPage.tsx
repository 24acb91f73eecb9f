import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AgencyView } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';
import { ja } from '../../i18n/ja';
import { canWrite, useCurrentRole } from '../caseDetail/useCurrentRole';
import { AgencyFilters } from './AgencyFilters';
import { AgencyForm } from './AgencyForm';
import { AgencyTable } from './AgencyTable';
import { filterAgencies, type AgencyFilter } from './filterAgencies';
import { PageHeader } from '../../components/PageHeader';

type Editing = { agency: AgencyView | null } | null;

/** 関係機関 (#/agencies): the directory, filtered by words and 種別; register and edit in a dialog. */
export function AgencyDirectoryPage() {
  const t = ja.agencyDirectory;
  const [includeInactive, setIncludeInactive] = useState(false);
  const [filter, setFilter] = useState<AgencyFilter>({ text: '', kind: null });
  const [editing, setEditing] = useState<Editing>(null);
  const { data, error, loading, reload } = useCallData('agency.list', { includeInactive });
  const writable = canWrite(useCurrentRole());
  const all = data ?? [];
  const shown = filterAgencies(all, filter);

  return (
    <Stack gap="md" maw={1200}>
      <PageHeader
        title={t.title}
        lead={t.lead}
        action={
          writable && <Button onClick={() => setEditing({ agency: null })}>{t.create}</Button>
        }
      />
      <AgencyFilters
        filter={filter}
        onFilter={setFilter}
        includeInactive={includeInactive}
        onIncludeInactive={setIncludeInactive}
      />
      {error && (
        <Alert color="red" title={t.loadFailed} role="alert">
          <Group justify="space-between">
            <Text fz="sm">{error.message}</Text>
            <Button variant="default" size="xs" onClick={reload}>
              {t.retry}
            </Button>
          </Group>
        </Alert>
      )}
      {data === null && loading ? (
        <Loader color="teal" />
      ) : (
        <>
          <Text fz="sm" c="dimmed" aria-live="polite">
            {t.count(shown.length, all.length)}
          </Text>
          {shown.length > 0 ? (
            <AgencyTable
              agencies={shown}
              onEdit={writable ? (agency) => setEditing({ agency }) : null}
            />
          ) : (
            <Text c="dimmed">{all.length === 0 ? t.empty : t.noMatch}</Text>
          )}
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.agency ? t.editTitle : t.createTitle}
        size={680}
        closeOnClickOutside={false}
        styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {editing && (
          <AgencyForm
            agency={editing.agency}
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
