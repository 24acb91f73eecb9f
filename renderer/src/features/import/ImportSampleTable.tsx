import { Badge, Table, Text } from '@mantine/core';
import type { ImportReport, ImportRowStatus } from '../../../../electron/contract/schemas/import';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';

const statusColors: Record<ImportRowStatus, string> = {
  ready: 'teal',
  imported: 'teal',
  duplicate: 'gray',
  invalid: 'red',
};

/** Dates in 和暦 and 主訴 need room; short codes (性別) do not. */
function widthOf(column: ImportReport['columns'][number]): number {
  if (column.type === 'date') return 140;
  return column.key === 'chiefComplaint' || column.key === 'memo' ? 240 : 100;
}

function shown(value: string, type: 'text' | 'date'): string {
  return type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatIsoWareki(value) : value;
}

/** The first rows as read: Excel row number, what will happen to it, and each recognised column (dates in 和暦). */
export function ImportSampleTable({ report }: { report: ImportReport }) {
  const t = ja.excelImport;
  return (
    <Table.ScrollContainer minWidth={Math.max(720, report.columns.length * 130)} maxHeight={420}>
      <Table striped withTableBorder stickyHeader fz="sm" aria-label={t.sampleLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>{t.rowHeader}</Table.Th>
            <Table.Th w={110}>{t.statusHeader}</Table.Th>
            {report.columns.map((column) => (
              <Table.Th key={column.letter} miw={widthOf(column)}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.sample.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" color={statusColors[row.status]}>
                  {t.status[row.status]}
                </Badge>
              </Table.Td>
              {report.columns.map((column, i) => (
                <Table.Td key={column.letter}>
                  <Text fz="sm" lineClamp={2}>
                    {shown(row.values[i] ?? '', column.type)}
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
