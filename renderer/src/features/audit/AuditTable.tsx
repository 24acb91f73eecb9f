import { Anchor, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { AuditRowView } from '../../../../electron/contract/schemas/audit';
import { auditJa } from '../../i18n/auditJa';
import { historyJa } from '../../i18n/historyJa';
import { RecordHistoryModal } from '../history/RecordHistoryModal';
import { auditVersionLink } from './auditVersionLink';

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

/** 「第N版を見る」: the version of the record the row describes, in its 訂正履歴. */
function VersionLink({ row }: { row: AuditRowView }) {
  const [open, setOpen] = useState(false);
  const link = auditVersionLink(row);
  if (!link) return null;
  return (
    <>
      <Anchor component="button" type="button" fz="xs" onClick={() => setOpen(true)}>
        {historyJa.auditLink(link.version)}
      </Anchor>
      {open && (
        <RecordHistoryModal
          record={link.record}
          id={link.id}
          highlight={link.version}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
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
              <VersionLink row={row} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
