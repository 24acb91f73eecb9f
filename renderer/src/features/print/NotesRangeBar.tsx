import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { JapaneseDateInput } from '../../components/dateInput/JapaneseDateInput';
import { ja } from '../../i18n/ja';
import { readNotesRange, type NotesRangeText } from './notesRange';

type Props = { onShow: (range: { from?: string; to?: string }) => void };

/** 期間 of the 経過記録 to print: two dates typed in 和暦 or 西暦, either left empty. */
export function NotesRangeBar({ onShow }: Props) {
  const t = ja.print;
  const [text, setText] = useState<NotesRangeText>({ from: '', to: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof NotesRangeText, string>>>({});
  const show = () => {
    const result = readNotesRange(text);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onShow({
      ...(result.from === undefined ? {} : { from: result.from }),
      ...(result.to === undefined ? {} : { to: result.to }),
    });
  };
  return (
    <form
      aria-label={t.notes}
      onSubmit={(event) => {
        event.preventDefault();
        show();
      }}
    >
      <Group align="flex-start" gap="sm" wrap="wrap">
        <JapaneseDateInput
          label={t.from}
          compact
          w={200}
          value={text.from}
          error={errors.from}
          onChange={(event) => setText({ ...text, from: event.currentTarget.value })}
        />
        <JapaneseDateInput
          label={t.to}
          compact
          w={200}
          value={text.to}
          error={errors.to}
          onChange={(event) => setText({ ...text, to: event.currentTarget.value })}
        />
        <Button type="submit" variant="light" mt={25}>
          {t.show}
        </Button>
        <Text fz="xs" c="dimmed" mt={33}>
          {t.allDates}
        </Text>
      </Group>
    </form>
  );
}
