import { Alert, Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import type { ImportMapping } from '../../../../electron/contract/schemas/importWords';
import { ja } from '../../i18n/ja';
import { ErrorRowsButton } from './ErrorRowsButton';
import { ImportColumns } from './ImportColumns';
import { ImportCounts } from './ImportCounts';
import { ImportProblemsTable } from './ImportProblemsTable';
import { ImportSampleTable } from './ImportSampleTable';
import { ImportWordMappings } from './ImportWordMappings';

type Props = {
  preview: ImportReport;
  mappings: ImportMapping[];
  isAdmin: boolean;
  onRemap: (mapping: ImportMapping) => void;
  onReread: () => void;
  /** The file as it was sent, for saving its refused rows. */
  file: { fileName: string; content: string };
  skipInvalid: boolean;
  busy: boolean;
  error: string | null;
  onSkipInvalid: (skip: boolean) => void;
  onImport: () => void;
  onBack: () => void;
};

/**
 * Step 2: what the file holds and what importing it would do — columns, numbers, the first rows,
 * every problem — then the import. With errors, nothing is imported unless the user chooses to
 * leave those rows out.
 */
export function ImportPreview(props: Props) {
  const { preview, skipInvalid, busy, error } = props;
  const t = ja.excelImport;
  const { counts } = preview;
  const blocked = counts.invalid > 0 && !skipInvalid;
  return (
    <Stack gap="md">
      <ImportColumns report={preview} />
      <ImportCounts report={preview} />
      <ImportWordMappings
        report={preview}
        isAdmin={props.isAdmin}
        busy={busy}
        onRemap={props.onRemap}
        onReread={props.onReread}
      />
      <Stack gap={6}>
        <Title order={3} fz={16}>
          {t.sampleTitle(preview.sample.length, counts.rows)}
        </Title>
        <ImportSampleTable report={preview} />
        {preview.kind === 'consultations' && (
          <Text fz="xs" c="dimmed">
            {t.blankRule}
          </Text>
        )}
      </Stack>
      <Stack gap={6}>
        <Title order={3} fz={16}>
          {t.problemsTitle(preview.problemCounts.errors, preview.problemCounts.warnings)}
        </Title>
        <ImportProblemsTable report={preview} />
      </Stack>
      {counts.invalid > 0 && (
        <Alert color="red" variant="light">
          <Stack gap="xs">
            <Text fz="sm">{t.errorsBlock}</Text>
            <Group>
              <ErrorRowsButton
                kind={preview.kind}
                fileName={props.file.fileName}
                content={props.file.content}
                mappings={props.mappings}
                disabled={busy}
              />
            </Group>
            <Checkbox
              label={t.skipInvalid(counts.invalid)}
              checked={skipInvalid}
              onChange={(event) => props.onSkipInvalid(event.currentTarget.checked)}
              disabled={busy}
            />
          </Stack>
        </Alert>
      )}
      {counts.ready === 0 && (
        <Text fz="sm" c="dimmed">
          {t.nothingToImport}
        </Text>
      )}
      {error !== null && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button onClick={props.onImport} disabled={blocked || counts.ready === 0} loading={busy}>
          {t.run(counts.ready)}
        </Button>
        <Button variant="default" onClick={props.onBack} disabled={busy}>
          {t.back}
        </Button>
      </Group>
    </Stack>
  );
}
