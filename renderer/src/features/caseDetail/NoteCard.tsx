import { Badge, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { noteMeans, type NoteView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { historyJa } from '../../i18n/historyJa';
import { HistoryButton } from '../history/HistoryButton';
import { formatTimestamp } from '../history/formatTimestamp';
import { formatNoteDateTime } from './formatNoteDateTime';
import { NextActionLine } from './NextActionLine';

type Props = {
  note: NoteView;
  onEdit: (() => void) | null;
  /** Opens the 取消 dialog (given when the viewer may write). */
  onWithdraw?: (() => void) | null;
  /** The note after its dated 次の対応 was marked done (given when the viewer may write). */
  onChanged?: (note: NoteView) => void;
};

function Section({ label, text, tint }: { label: string; text: string; tint?: string }) {
  return (
    <Box
      px={tint ? 'sm' : 0}
      py={tint ? 6 : 0}
      bg={tint ? `${tint}.0` : undefined}
      style={
        tint
          ? { borderLeft: `4px solid var(--mantine-color-${tint}-5)`, borderRadius: 4 }
          : undefined
      }
    >
      <Text fz="xs" fw={700} c={tint ? `${tint}.9` : 'dimmed'}>
        {label}
      </Text>
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </Box>
  );
}

/** One 経過記録: when, how, with whom, who; the facts, then 所見 tinted apart, then 次の対応. */
export function NoteCard({ note, onEdit, onWithdraw, onChanged }: Props) {
  const t = ja.caseNotes;
  const withdrawn = note.withdrawn;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      data-testid="note-card"
      data-withdrawn={withdrawn ? 'true' : undefined}
      bg={withdrawn ? 'gray.1' : undefined}
    >
      <Stack gap="xs">
        {withdrawn && (
          <Group gap="xs" wrap="wrap" align="baseline">
            <Badge color="red" radius="sm" tt="none">
              {historyJa.withdrawn}
            </Badge>
            <Text fz="sm" c="red.9">
              {historyJa.reason}：{withdrawn.reason}
            </Text>
            <Text fz="xs" c="dimmed">
              {historyJa.withdrawnBy(
                formatTimestamp(withdrawn.at),
                withdrawn.byName ?? historyJa.unknownStaff,
              )}
            </Text>
          </Group>
        )}
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="wrap">
            <Text fw={700} fz="sm">
              {formatNoteDateTime(note.occurredAt)}
            </Text>
            <Badge variant="light" radius="sm" tt="none">
              {noteMeans.labels[note.means]}
            </Badge>
            {note.counterpart && (
              <Text fz="sm">
                {t.counterpart}：{note.counterpart}
              </Text>
            )}
          </Group>
          <Group gap="md" wrap="wrap">
            <Text fz="sm" c="dimmed">
              {t.staff}：{note.staffName ?? ja.caseDetail.unset}
            </Text>
            {note.minutes !== null && (
              <Text fz="sm" c="dimmed">
                {t.minutesShort}：{t.minutesValue(note.minutes)}
              </Text>
            )}
            <HistoryButton record="note" id={note.id} version={note.version} />
            {onEdit && !withdrawn && (
              <Button variant="subtle" size="compact-sm" onClick={onEdit}>
                {t.edit}
              </Button>
            )}
            {onWithdraw && !withdrawn && (
              <Button variant="subtle" color="red" size="compact-sm" onClick={onWithdraw}>
                {historyJa.withdraw.button}
              </Button>
            )}
          </Group>
        </Group>
        {/* A withdrawn note stays readable, struck through: what was written is never hidden. */}
        <Stack
          gap="xs"
          td={withdrawn ? 'line-through' : undefined}
          c={withdrawn ? 'dimmed' : undefined}
        >
          {note.facts && <Section label={t.facts} text={note.facts} />}
          {note.assessment && <Section label={t.assessment} text={note.assessment} tint="yellow" />}
          {note.nextAction && <Section label={t.nextAction} text={note.nextAction} tint="blue" />}
        </Stack>
        {note.nextActionDue && (
          <NextActionLine
            due={note.nextActionDue}
            text={note.nextAction}
            onCompleted={onChanged ? (done) => onChanged({ ...note, nextActionDue: done }) : null}
          />
        )}
      </Stack>
    </Paper>
  );
}
