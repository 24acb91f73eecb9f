import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import { routes } from '../../app/routes';
import { ja } from '../../i18n/ja';
import { ImportCounts } from './ImportCounts';
import { ImportProblemsTable } from './ImportProblemsTable';

const listOf = {
  consultations: { href: routes.caseList(), label: ja.excelImport.openCases },
  agencies: { href: routes.agencies(), label: ja.excelImport.openAgencies },
  resources: { href: routes.resources(), label: ja.excelImport.openResources },
} as const;

/** Step 3: what was imported, what was left out and why, and where to see the records. */
export function ImportDone({ result, onAgain }: { result: ImportReport; onAgain: () => void }) {
  const t = ja.excelImport;
  const { counts } = result;
  const list = listOf[result.kind];
  return (
    <Stack gap="md">
      {result.written ? (
        <Alert color="teal" variant="light" role="status" title={t.done(counts.imported)}>
          {(counts.duplicates > 0 || counts.invalid > 0) && (
            <Text fz="sm">{t.doneSkipped(counts.duplicates, counts.invalid)}</Text>
          )}
        </Alert>
      ) : (
        <Alert color="red" variant="light" role="alert">
          {t.refused}
        </Alert>
      )}
      <ImportCounts report={result} />
      {result.problems.length > 0 && <ImportProblemsTable report={result} />}
      <Group>
        <Anchor href={list.href}>{list.label}</Anchor>
        <Button variant="default" onClick={onAgain}>
          {t.again}
        </Button>
      </Group>
    </Stack>
  );
}
