import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import { ja } from '../../i18n/ja';

type Item = { key: string; label: string; value: number; unit: string; color?: string };

/** The numbers of a preview or an import, one box each (people only for 相談受付簿). */
export function ImportCounts({ report }: { report: ImportReport }) {
  const t = ja.excelImport;
  const { counts } = report;
  const items: Item[] = [
    { key: 'rows', label: t.counts.rows, value: counts.rows, unit: t.unit },
    report.written
      ? {
          key: 'imported',
          label: t.counts.imported,
          value: counts.imported,
          unit: t.unit,
          color: 'teal',
        }
      : { key: 'ready', label: t.counts.ready, value: counts.ready, unit: t.unit, color: 'teal' },
    { key: 'duplicates', label: t.counts.duplicates, value: counts.duplicates, unit: t.unit },
    {
      key: 'invalid',
      label: t.counts.invalid,
      value: counts.invalid,
      unit: t.unit,
      ...(counts.invalid > 0 ? { color: 'red' } : {}),
    },
  ];
  if (report.kind === 'consultations') {
    items.push(
      {
        key: 'newPersons',
        label: t.counts.newPersons,
        value: counts.newPersons,
        unit: t.personUnit,
      },
      {
        key: 'matchedPersons',
        label: t.counts.matchedPersons,
        value: counts.matchedPersons,
        unit: t.unit,
      },
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs">
      {items.map((item) => (
        <Paper key={item.key} withBorder p="xs" data-testid={`import-count-${item.key}`}>
          <Text fz="xs" c="dimmed">
            {item.label}
          </Text>
          <Text fz={22} fw={700} c={item.color}>
            {item.value.toLocaleString('ja-JP')}
            <Text span fz="sm" fw={400} ml={2}>
              {item.unit}
            </Text>
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
