import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { auditJa } from '../../i18n/auditJa';

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

// Short columns stay on one line; 対象 and 内容 take the width that is left.
const nowrap = { whiteSpace: 'nowrap' } as const;

/** 対象 breaks only between its words, so 「ケース R8-0020」 never splits at the hyphen. */
function TargetText({ text }: { text: string }) {
  // The space sits outside the spans: inside a nowrap span it would be no place to break.
  return text.split(' ').map((word, index) => (
    <Fragment key={index}>
      {index > 0 && ' '}
      <span style={nowrap}>{word}</span>
    </Fragment>
  ));
}

/** The audit rows, newest first, in Japan time. */
export function AuditTable({ rows }: { rows: AuditRowView[] }) {
  const t = auditJa.columns;
  return (
    <Table striped verticalSpacing={4} fz="sm" aria-label={auditJa.tableLabel}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th style={nowrap}>{t.id}</Table.Th>
          <Table.Th>{t.at}</Table.Th>
          <Table.Th>{t.staff}</Table.Th>
          <Table.Th style={nowrap}>{t.action}</Table.Th>
          <Table.Th>{t.target}</Table.Th>
          <Table.Th>{t.detail}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id}>
            <Table.Td>{row.id}</Table.Td>
            <Table.Td style={nowrap}>{japanTime.format(new Date(row.at))}</Table.Td>
            <Table.Td style={nowrap}>{row.actorName ?? auditJa.system}</Table.Td>
            <Table.Td style={nowrap}>{row.actionLabel}</Table.Td>
            <Table.Td miw="7em">
              <TargetText text={row.targetText} />
            </Table.Td>
            <Table.Td>
              <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {row.detailText}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
