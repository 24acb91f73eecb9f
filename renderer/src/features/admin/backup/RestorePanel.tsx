import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { BackupEntry } from '../../../../../electron/contract/schemas/backup';
import { call } from '../../../api/call';
import { backupJa } from '../../../i18n/backupJa';
import { useLoaded } from '../../caseDetail/useLoaded';
import { formatBackupTime } from './backupTime';
import { RestoreConfirmModal, type RestoreChoice } from './RestoreConfirmModal';

type Props = { canChooseFiles: boolean };

const readList = () => call('backup.list', {});

/**
 * 復元: the backups in the folder, newest first, and (desktop) a file chosen in a dialog. The
 * parent remounts it (a new key) when a backup was made or the folder changed.
 */
export function RestorePanel({ canChooseFiles }: Props) {
  const t = backupJa;
  const { state } = useLoaded(readList);
  const [choice, setChoice] = useState<RestoreChoice | null>(null);
  const when = (entry: BackupEntry) =>
    entry.createdAt ? formatBackupTime(entry.createdAt) : entry.fileName;

  return (
    <Stack gap="xs" mt="sm">
      <Group justify="space-between">
        <Title order={3} fz="md">
          {t.restoreTitle}
        </Title>
        {canChooseFiles && (
          <Button variant="default" size="xs" onClick={() => setChoice({ source: 'dialog' })}>
            {t.restoreFromFile}
          </Button>
        )}
      </Group>
      <Text fz="sm" c="dimmed">
        {t.restoreLead}
      </Text>
      {state.kind === 'loading' && <Loader color="teal" size="sm" />}
      {state.kind === 'ready' && state.value.length === 0 && <Text fz="sm">{t.emptyList}</Text>}
      {state.kind === 'ready' && state.value.length > 0 && (
        <Table aria-label={t.listLabel} striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.createdAt}</Table.Th>
              <Table.Th>{t.fileName}</Table.Th>
              <Table.Th>{t.fileSize}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.value.map((entry) => (
              <Table.Tr key={entry.fileName}>
                <Table.Td>
                  {entry.createdAt ? formatBackupTime(entry.createdAt) : t.unreadable}
                </Table.Td>
                <Table.Td>
                  <Text fz="xs" ff="monospace">
                    {entry.fileName}
                  </Text>
                </Table.Td>
                <Table.Td>{t.size(entry.bytes)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    disabled={entry.createdAt === null}
                    aria-label={t.restoreThisLabel(when(entry))}
                    onClick={() =>
                      setChoice({ source: 'folder', fileName: entry.fileName, when: when(entry) })
                    }
                  >
                    {t.restoreThis}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RestoreConfirmModal choice={choice} onClose={() => setChoice(null)} />
    </Stack>
  );
}
