import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { NoteView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { historyJa } from '../../i18n/historyJa';
import { formatNoteDateTime } from './formatNoteDateTime';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';

type Props = { note: NoteView; onClose: () => void; onWithdrawn: (note: NoteView) => void };

/** 取消 of a note written in error: asks the reason; the note stays, marked withdrawn. */
export function WithdrawNoteModal({ note, onClose, onWithdrawn }: Props) {
  const t = historyJa.withdraw;
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? t.reasonRequired : null) },
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onWithdrawn(await call('note.withdraw', { id: note.id, reason: values.reason.trim() }));
  });
  return (
    <Modal opened onClose={onClose} title={t.title} size="lg">
      <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.title}>
        <Stack gap="sm">
          <Text fz="sm">{t.lead}</Text>
          <Text fz="sm" fw={700}>
            {formatNoteDateTime(note.occurredAt)}
          </Text>
          <TextInput
            label={t.reason}
            placeholder={t.reasonPlaceholder}
            withAsterisk
            maxLength={500}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <ErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.cancel}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
