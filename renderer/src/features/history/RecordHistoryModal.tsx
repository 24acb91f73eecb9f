import { Alert, Badge, Box, Group, Loader, Modal, Paper, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import {
  revisedRecords,
  type RecordHistory,
  type RecordVersionView,
  type RevisedRecord,
} from '../../../../electron/contract';
import { asApiError } from '../../api/ApiError';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { historyJa } from '../../i18n/historyJa';
import { formatTimestamp } from './formatTimestamp';
import { changedLabels, formatHistoryValue, historyFields } from './historyFields';

type Props = {
  record: RevisedRecord;
  id: number;
  onClose: () => void;
  /** The version an audit row points at, marked. */
  highlight?: number;
};

function load(record: RevisedRecord, id: number): Promise<RecordHistory> {
  switch (record) {
    case 'note':
      return call('note.history', { id });
    case 'case':
      return call('case.history', { id });
    case 'consent':
      return call('consent.history', { id });
    case 'plan':
      return call('plan.history', { id });
  }
}

function VersionCard({
  history,
  version,
  highlighted,
}: {
  history: RecordHistory;
  version: RecordVersionView;
  highlighted: boolean;
}) {
  const t = historyJa;
  const by = (name: string | null) => name ?? t.unknownStaff;
  const changed = changedLabels(history.record, version.changed);
  const rows = historyFields[history.record].map((field) => ({
    field,
    text: formatHistoryValue(field, version.content[field.key], history.names),
  }));
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="section"
      aria-label={t.version(version.version)}
      data-testid="history-version"
      bg={highlighted ? 'yellow.0' : undefined}
    >
      <Stack gap={6}>
        <Group gap="sm" wrap="wrap">
          <Text fw={700}>{t.version(version.version)}</Text>
          {version.current && (
            <Badge variant="light" color="teal" radius="sm" tt="none">
              {t.current}
            </Badge>
          )}
          {highlighted && (
            <Badge variant="light" color="yellow" radius="sm" tt="none">
              {t.highlighted}
            </Badge>
          )}
          <Text fz="sm" c="dimmed">
            {t.written(formatTimestamp(version.writtenAt), by(version.writtenByName))}
          </Text>
          {version.replacedAt !== null && (
            <Text fz="sm" c="dimmed">
              {t.replaced(formatTimestamp(version.replacedAt), by(version.replacedByName))}
            </Text>
          )}
        </Group>
        <Text fz="sm">
          {t.changed}：
          {version.version === 1
            ? t.firstWritten
            : changed.length > 0
              ? changed.join('、')
              : t.noChange}
        </Text>
        <Table verticalSpacing={2} fz="sm" withRowBorders={false}>
          <Table.Tbody>
            {rows.map(({ field, text }) => (
              <Table.Tr
                key={field.key}
                bg={version.changed.includes(field.key) ? 'yellow.1' : undefined}
              >
                <Table.Th w="11em" fw={600} style={{ verticalAlign: 'top' }}>
                  {field.label}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {text || (
                    <Text span c="dimmed" fz="sm">
                      {t.empty}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/**
 * A record's 訂正履歴: every version, newest first — who wrote it and when, who corrected it and
 * when, what each version said, its changed fields marked — and a note's 取消 with the reason.
 */
export function RecordHistoryModal({ record, id, onClose, highlight }: Props) {
  const t = historyJa;
  const [history, setHistory] = useState<RecordHistory | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load(record, id).then(
      (loaded) => {
        if (live) setHistory(loaded);
      },
      (failure: unknown) => {
        if (live) setError(asApiError(failure).message);
      },
    );
    return () => {
      live = false;
    };
  }, [record, id]);
  return (
    <Modal opened onClose={onClose} title={t.title(revisedRecords.labels[record])} size="xl">
      <ErrorAlert message={error} title={t.loadFailed} />
      {history === null && error === null && <Loader size="sm" />}
      {history && (
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            {t.lead}
          </Text>
          {history.withdrawn && (
            <Alert color="red" title={t.withdrawnTitle}>
              <Box>
                <Text fz="sm">
                  {t.withdrawnBy(
                    formatTimestamp(history.withdrawn.at),
                    history.withdrawn.byName ?? t.unknownStaff,
                  )}
                </Text>
                <Text fz="sm">
                  {t.reason}：{history.withdrawn.reason}
                </Text>
              </Box>
            </Alert>
          )}
          {history.versions.toReversed().map((version) => (
            <VersionCard
              key={version.version}
              history={history}
              version={version}
              highlighted={highlight === version.version}
            />
          ))}
        </Stack>
      )}
    </Modal>
  );
}
