import { Anchor, Badge, Box, Table, Text } from '@mantine/core';
import { noteMeans, type DailyNote } from '../../../../electron/contract';
import { routes } from '../../app/routes';
import { formatIsoWareki } from '../../components/dateInput/formatIso';
import { ja } from '../../i18n/ja';

const textStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
const withdrawnStyle = { ...textStyle, textDecoration: 'line-through' } as const;

/** A case as the day's tables show it: its number (opening it) and name, 閲覧制限 marked. */
export function DailyCaseCell(props: {
  caseId: number;
  caseNumber: string;
  personName: string;
  restricted: boolean;
}) {
  return (
    <>
      <Anchor href={routes.caseDetail(props.caseId)} fz="sm">
        {props.caseNumber}
      </Anchor>
      <Text fz="sm">{props.personName}</Text>
      {props.restricted && (
        <Badge color="red" variant="outline" radius="sm" tt="none" size="sm">
          {ja.dailyRecord.restricted}
        </Badge>
      )}
    </>
  );
}

/** The day's 経過記録 by time: 内容, then 所見 tinted apart and 次の対応 with its 期日. */
export function DailyNotesTable({ notes }: { notes: readonly DailyNote[] }) {
  const t = ja.dailyRecord;
  const c = t.columns;
  if (notes.length === 0) return <Text c="dimmed">{t.noNotes}</Text>;
  return (
    <Table aria-label={t.notes} layout="fixed" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={64}>{c.time}</Table.Th>
          <Table.Th w={130}>{c.case}</Table.Th>
          <Table.Th w={150}>{c.meansCounterpart}</Table.Th>
          <Table.Th w={110}>{c.writer}</Table.Th>
          <Table.Th>{c.content}</Table.Th>
          <Table.Th w={56}>{c.minutes}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {notes.map((note) => (
          <Table.Tr key={note.id} data-testid="daily-note" style={{ verticalAlign: 'top' }}>
            <Table.Td>{note.time}</Table.Td>
            <Table.Td>
              <DailyCaseCell {...note} />
            </Table.Td>
            <Table.Td>
              <Text fz="sm">{noteMeans.labels[note.means]}</Text>
              <Text fz="sm">{note.counterpart}</Text>
            </Table.Td>
            <Table.Td>{note.staffName ?? ''}</Table.Td>
            <Table.Td>
              {note.withdrawn && (
                <Badge color="gray" variant="filled" radius="sm" tt="none" size="sm">
                  {t.withdrawn}
                </Badge>
              )}
              <Text fz="sm" style={note.withdrawn ? withdrawnStyle : textStyle}>
                {note.facts}
              </Text>
              {note.assessment !== '' && (
                <Box mt={4} px="xs" py={2} bg="yellow.0">
                  <Text fz="xs" fw={700} span>
                    {t.assessment}{' '}
                  </Text>
                  <Text fz="sm" span style={textStyle}>
                    {note.assessment}
                  </Text>
                </Box>
              )}
              {note.nextAction !== '' && (
                <Box mt={4} px="xs" py={2} bg="blue.0">
                  <Text fz="xs" fw={700} span>
                    {t.nextAction}
                    {note.nextActionOn !== null && t.due(formatIsoWareki(note.nextActionOn))}{' '}
                  </Text>
                  <Text fz="sm" span style={textStyle}>
                    {note.nextAction}
                  </Text>
                </Box>
              )}
            </Table.Td>
            <Table.Td>{note.minutes ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
