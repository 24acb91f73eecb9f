import { Alert, Button, FileInput, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ImportKind } from '../../../../electron/contract/schemas/import';
import { ja } from '../../i18n/ja';

type Props = {
  kind: ImportKind;
  file: File | null;
  busy: boolean;
  error: string | null;
  onKind: (kind: ImportKind) => void;
  onFile: (file: File | null) => void;
  onRead: () => void;
};

const kindOrder: readonly ImportKind[] = ['consultations', 'agencies', 'resources'];

/** Step 1: which list the file is, and the file itself. */
export function ImportFilePicker({ kind, file, busy, error, onKind, onFile, onRead }: Props) {
  const t = ja.excelImport;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text fz="sm" fw={600} id="import-kind-label">
          {t.kind}
        </Text>
        <SegmentedControl
          aria-labelledby="import-kind-label"
          value={kind}
          onChange={onKind}
          data={kindOrder.map((value) => ({ value, label: t.kinds[value] }))}
          disabled={busy}
          w="fit-content"
        />
        <Text fz="sm" c="dimmed">
          {t.kindHints[kind]}
        </Text>
      </Stack>
      <FileInput
        label={t.file}
        placeholder={t.filePlaceholder}
        description={t.fileHint}
        accept=".xlsx,.csv,.tsv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/tab-separated-values,text/plain"
        value={file}
        onChange={onFile}
        clearable
        disabled={busy}
        maw={560}
      />
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button onClick={onRead} disabled={file === null} loading={busy}>
          {t.read}
        </Button>
      </Group>
    </Stack>
  );
}
