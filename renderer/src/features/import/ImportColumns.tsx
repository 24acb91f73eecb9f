import { Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import type { ImportReport } from '../../../../electron/contract/schemas/import';
import { ja } from '../../i18n/ja';

/** Which columns were recognised (letter and meaning; the heading as written on hover) and which were left out. */
export function ImportColumns({ report }: { report: ImportReport }) {
  const t = ja.excelImport;
  return (
    <Stack gap={6}>
      <Text fz="sm">
        {report.format === 'xlsx'
          ? t.sheet(report.sheetName, report.headerRow)
          : t.textFile(t.textKinds[report.format], report.encoding ?? '', report.headerRow)}
      </Text>
      <Group gap={6} aria-label={t.columns} role="list">
        <Text fz="sm" fw={600} mr={4}>
          {t.columns}
        </Text>
        {report.columns.map((column) => (
          <Tooltip
            key={column.letter}
            label={column.header}
            disabled={column.header === column.label}
          >
            <Badge variant="light" color="teal" radius="sm" tt="none" role="listitem">
              {column.letter} {column.label}
            </Badge>
          </Tooltip>
        ))}
      </Group>
      {report.ignoredColumns.length > 0 && (
        <Group gap={6} aria-label={t.ignoredColumns} role="list">
          <Text fz="sm" fw={600} mr={4}>
            {t.ignoredColumns}
          </Text>
          {report.ignoredColumns.map((column) => (
            <Badge
              key={column.letter}
              variant="outline"
              color="gray"
              radius="sm"
              tt="none"
              role="listitem"
            >
              {column.letter} {column.header}
              {column.reason === 'duplicate' && `（${t.duplicateColumn(column.sameAs ?? '')}）`}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}
