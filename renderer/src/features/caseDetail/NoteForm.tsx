import { Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { noteMeans, type NoteView } from '../../../../electron/contract';
import { call } from '../../api/call';
import { codeOptions } from '../../components/codes/codeOptions';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { japanNow } from './japanNow';
import { NextActionFields } from './NextActionFields';
import {
  emptyNoteValues,
  noteFieldsFrom,
  noteValuesFrom,
  validateNoteValues,
  type NoteFormValues,
} from './noteFormValues';
import { parseTimeText } from './parseTimeText';
import { renameIssuePaths } from './renameIssuePaths';
import { submitOnCtrlEnter } from './submitOnCtrlEnter';
import { FormFooter } from '../../components/forms/FormFooter';
import { DraftRestoredNotice } from '../../components/drafts/DraftRestoredNotice';
import { draftOr, useFormDraft } from '../../components/drafts/useFormDraft';
import { draftOf } from '../../components/drafts/draftStore';

type Props = {
  caseId: number;
  /** The note being corrected; without it the form adds a new one. */
  note?: NoteView;
  onSaved: (note: NoteView) => void;
  onCancel?: () => void;
};

const meansOptions = codeOptions(noteMeans);
// 所見 is the worker's view, kept apart from the facts: tinted wherever it shows.
const assessmentStyles = { input: { backgroundColor: 'var(--mantine-color-yellow-0)' } };

/**
 * 経過記録を追加 / 訂正. 日時 defaults to now; Ctrl+Enter saves from any field (Esc cancels a
 * correction); a failed save keeps every word typed and shows the reason at the field.
 */
export function NoteForm({ caseId, note, onSaved, onCancel }: Props) {
  const t = ja.caseNotes;
  // What is typed survives leaving the case, a lock and the idle lock (draftStore.ts).
  const draftKey = note ? `note:${note.id}` : `note:new:${caseId}`;
  const [blank] = useState(() => (note ? noteValuesFrom(note) : emptyNoteValues(japanNow())));
  const [restored, setRestored] = useState(() => draftOf(draftKey) !== undefined);
  const form = useForm<NoteFormValues>({
    initialValues: draftOr(draftKey, blank),
    validate: (values) => validateNoteValues(values, japanNow().date),
  });
  const draft = useFormDraft(form, draftKey, blank);
  // キャンセル of a correction abandons its text on purpose.
  const cancel = onCancel
    ? () => {
        draft.drop();
        onCancel();
      }
    : undefined;
  const discard = () => {
    const empty = note ? blank : emptyNoteValues(japanNow());
    draft.drop(empty);
    form.setValues(empty);
    setRestored(false);
  };
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const fields = noteFieldsFrom(values);
    try {
      const saved = note
        ? await call('note.update', { id: note.id, ...fields })
        : await call('note.create', { caseId, ...fields });
      const empty = emptyNoteValues(japanNow());
      draft.drop(empty);
      setRestored(false);
      if (!note) form.setValues(empty);
      form.resetDirty();
      onSaved(saved);
    } catch (thrown) {
      throw renameIssuePaths(thrown, { occurredAt: 'date' });
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        // Esc in an open pick list only closes the list.
        const inOpenList =
          event.target instanceof HTMLElement &&
          event.target.getAttribute('aria-expanded') === 'true';
        if (event.key === 'Escape' && cancel && !inOpenList) cancel();
        else submitOnCtrlEnter(event);
      }}
      noValidate
      aria-label={note ? t.editTitle : t.addTitle}
    >
      <Stack gap="sm">
        {restored && <DraftRestoredNotice onDiscard={discard} />}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <JapaneseDateInput
            label={t.date}
            w={190}
            withAsterisk
            rules={{ required: true }}
            {...form.getInputProps('date')}
            value={form.values.date}
          />
          <TextInput
            label={t.time}
            w={100}
            withAsterisk
            placeholder="14:30"
            autoComplete="off"
            {...form.getInputProps('time')}
            onBlur={() => {
              const time = parseTimeText(form.values.time);
              if (time !== null) form.setFieldValue('time', time);
            }}
          />
          <Select
            label={t.means}
            w={150}
            withAsterisk
            data={meansOptions}
            allowDeselect={false}
            {...form.getInputProps('means')}
          />
          <TextInput
            label={t.counterpart}
            placeholder={t.counterpartHint}
            style={{ flex: 1 }}
            miw={220}
            {...form.getInputProps('counterpart')}
          />
          <NumberInput
            label={t.minutes}
            w={130}
            min={0}
            max={1440}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('minutes')}
          />
        </Group>
        <Textarea
          label={t.facts}
          description={t.factsHint}
          withAsterisk
          autosize
          minRows={3}
          maxRows={14}
          autoFocus={note !== undefined}
          {...form.getInputProps('facts')}
        />
        <Textarea
          label={t.assessment}
          description={t.assessmentHint}
          autosize
          minRows={2}
          maxRows={10}
          styles={assessmentStyles}
          {...form.getInputProps('assessment')}
        />
        <Textarea
          label={t.nextAction}
          autosize
          minRows={1}
          maxRows={6}
          {...form.getInputProps('nextAction')}
        />
        <NextActionFields form={form} saved={note?.nextActionDue ?? null} />
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={note ? t.update : t.add}
          onCancel={cancel}
        />
      </Stack>
    </form>
  );
}
