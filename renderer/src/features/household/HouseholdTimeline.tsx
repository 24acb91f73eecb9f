import { Table, Text } from '@mantine/core';
import { noteMeans, type CaseSummary, type NoteView } from '../../../../electron/contract';
import { navigate, routes } from '../../app/routes';
import { formatLocalDateTimeWareki } from '../../components/dateInput/formatIso';
import { openableRowProps } from '../../components/table/openableRowProps';
import { ja } from '../../i18n/ja';

type Props = { notes: NoteView[]; cases: CaseSummary[] };

const h = ja.household;
const excerptLength = 80;

function excerpt(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > excerptLength ? `${line.slice(0, excerptLength)}…` : line;
}

/** 経過記録 across the household's cases, newest first; a row opens its case. */
export function HouseholdTimeline({ notes, cases }: Props) {
  if (notes.length === 0) return <Text c="dimmed">{h.noNotes}</Text>;
  const numbers = new Map(cases.map((c) => [c.id, c.caseNumber]));
  const sorted = [...notes].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={h.timeline}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{h.noteAt}</Table.Th>
          <Table.Th>{h.noteMeans}</Table.Th>
          <Table.Th>{h.noteCase}</Table.Th>
          <Table.Th>{h.noteFacts}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((note) => (
          <Table.Tr
            key={note.id}
            {...openableRowProps(() => navigate(routes.caseDetail(note.caseId)))}
          >
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatLocalDateTimeWareki(note.occurredAt)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{noteMeans.labels[note.means]}</Table.Td>
            <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
              {numbers.get(note.caseId) ?? ''}
            </Table.Td>
            <Table.Td fz="sm">{excerpt(note.facts)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
