import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseDetail, NoteView } from '../../../../electron/contract';
import { historyJa } from '../../i18n/historyJa';
import { ja } from '../../i18n/ja';
import { NoteCard } from './NoteCard';
import { NoteForm } from './NoteForm';
import { WithdrawNoteModal } from './WithdrawNoteModal';

type Props = {
  detail: CaseDetail;
  writable: boolean;
  onSaved: (note: NoteView) => void;
};

// From 1200 px (the 1280-wide default window, a 1366×768 laptop) the add form sits beside the
// timeline and stays in view while it scrolls, so an open form never pushes the history below the
// fold; narrower, the form comes first.
// 75em is Mantine's lg breakpoint (1200 px), the one the columns below switch at.
const formSpan = { base: 12, lg: 5 };
const historySpan = { base: 12, lg: 7 };
const stickyForm = {
  position: 'sticky',
  top: 'calc(var(--app-shell-header-height, 64px) + var(--mantine-spacing-md))',
  maxHeight: 'calc(100vh - var(--app-shell-header-height, 64px) - 2 * var(--mantine-spacing-md))',
  overflowY: 'auto',
} as const;

/** 経過記録: the add form and the timeline newest first side by side; a note is corrected in place. */
export function NotesPanel({ detail, writable, onSaved }: Props) {
  const t = ja.caseNotes;
  const [editingId, setEditingId] = useState<number | null>(null);
  const [withdrawing, setWithdrawing] = useState<NoteView | null>(null);
  const wide = useMediaQuery('(min-width: 75em)');
  const saved = (note: NoteView, message: string) => {
    notifications.show({ color: 'teal', message });
    onSaved(note);
  };

  const history = (
    <Stack gap="md">
      {detail.notes.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {detail.notes.map((note) =>
        editingId === note.id ? (
          <Paper key={note.id} withBorder p="md" radius="md" shadow="sm">
            <Title order={2} fz="lg" mb="xs">
              {t.editTitle}
            </Title>
            <NoteForm
              caseId={detail.id}
              note={note}
              onCancel={() => setEditingId(null)}
              onSaved={(updated) => {
                setEditingId(null);
                saved(updated, t.updated);
              }}
            />
          </Paper>
        ) : (
          <NoteCard
            key={note.id}
            note={note}
            onEdit={writable ? () => setEditingId(note.id) : null}
            onWithdraw={writable ? () => setWithdrawing(note) : null}
            onChanged={writable ? onSaved : undefined}
          />
        ),
      )}
      {withdrawing && (
        <WithdrawNoteModal
          note={withdrawing}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={(note) => {
            setWithdrawing(null);
            saved(note, historyJa.withdraw.done);
          }}
        />
      )}
    </Stack>
  );
  if (!writable) return history;
  return (
    <Grid gap="md" align="flex-start">
      <Grid.Col span={formSpan} style={wide ? stickyForm : undefined}>
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Title order={2} fz="lg" mb="xs">
            {t.addTitle}
          </Title>
          <NoteForm caseId={detail.id} onSaved={(note) => saved(note, t.added)} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={historySpan}>{history}</Grid.Col>
    </Grid>
  );
}
