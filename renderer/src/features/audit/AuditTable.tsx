import { Table, Text } from '@mantine/core';
import { auditActionLabel, auditTargetLabels } from '../../../../electron/contract/auditLabels';
import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { auditJa } from '../../i18n/auditJa';
import { detailText } from './auditFilterValues';

// 和暦 like every date on screen, to the second: the order of events is what a log is read for.
const japanTime = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'Asia/Tokyo',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function target(row: AuditRowView): string {
  if (row.targetType === null) return '';
  const kind = auditTargetLabels[row.targetType] ?? row.targetType;
  return row.targetLabel ? `${kind} ${row.targetLabel}` : `${kind} #${row.targetId ?? ''}`;
}

/** The audit rows, newest first, in Japan time. */
export function AuditTable({ rows }: { rows: AuditRowView[] }) {
  const t = auditJa.columns;
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={auditJa.tableLabel}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.id}</Table.Th>
          <Table.Th>{t.at}</Table.Th>
          <Table.Th>{t.staff}</Table.Th>
          <Table.Th>{t.action}</Table.Th>
          <Table.Th>{t.target}</Table.Th>
          <Table.Th>{t.detail}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{row.id}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {japanTime.format(new Date(row.at))}
            </Table.Td>
            <Table.Td>{row.actorName ?? auditJa.system}</Table.Td>
            <Table.Td>{auditActionLabel(row.action)}</Table.Td>
            <Table.Td>{target(row)}</Table.Td>
            <Table.Td>
              <Text fz="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {detailText(row.detail)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
