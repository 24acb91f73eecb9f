import { Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { CaseDetail, NoteView } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { NoteCard } from './NoteCard';
import { NoteForm } from './NoteForm';

type Props = {
  detail: CaseDetail;
  writable: boolean;
  onSaved: (note: NoteView) => void;
};

/** 経過記録: the add form on top, then the timeline newest first; a note is corrected in place. */
export function NotesPanel({ detail, writable, onSaved }: Props) {
  const t = ja.caseNotes;
  const [editingId, setEditingId] = useState<number | null>(null);
  const saved = (note: NoteView, message: string) => {
    notifications.show({ color: 'teal', message });
    onSaved(note);
  };

  return (
    <Stack gap="md">
      {writable && (
        <Paper withBorder p="md" radius="md" bg="gray.0">
          <Title order={2} fz="lg" mb="xs">
            {t.addTitle}
          </Title>
          <NoteForm caseId={detail.id} onSaved={(note) => saved(note, t.added)} />
        </Paper>
      )}
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
          />
        ),
      )}
    </Stack>
  );
}
