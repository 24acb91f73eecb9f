import { Button, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { MatchView } from '../../../../electron/contract/schemas/participation';
import { call } from '../../api/call';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';
import { FormFooter } from '../../components/forms/FormFooter';

type Props = { match: MatchView; writable: boolean; onSaved: (match: MatchView) => void };
type Values = { hostSupport: string; note: string };

function Shown({ label, text }: { label: string; text: string }) {
  return (
    <Stack gap={0}>
      <Text fz="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text fz="sm" c={text ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
        {text || ja.matches.hostSupportEmpty}
      </Text>
    </Stack>
  );
}

/** 受入先への支援 and the match's memo: read, or edited in place (match.update). */
export function HostSupportEditor({ match, writable, onSaved }: Props) {
  const t = ja.matches;
  const [editing, setEditing] = useState(false);
  const form = useForm<Values>({ initialValues: { hostSupport: '', note: '' } });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    onSaved(await call('match.update', { id: match.id, ...values }));
    setEditing(false);
  });

  if (!editing) {
    return (
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Shown label={t.hostSupport} text={match.hostSupport} />
          <Shown label={t.note} text={match.note} />
        </SimpleGrid>
        {writable && (
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            onClick={() => {
              form.setValues({ hostSupport: match.hostSupport, note: match.note });
              setEditing(true);
            }}
          >
            {t.hostSupportEdit}
          </Button>
        )}
      </Stack>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={submitOnCtrlEnter}
      noValidate
      aria-label={t.hostSupportEdit}
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Textarea
            label={t.hostSupport}
            placeholder={t.hostSupportHint}
            autosize
            minRows={3}
            maxRows={10}
            autoFocus
            {...form.getInputProps('hostSupport')}
          />
          <Textarea
            label={t.note}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('note')}
          />
        </SimpleGrid>
        <FormFooter
          error={error}
          busy={busy}
          submitLabel={t.save}
          onCancel={() => setEditing(false)}
        />
      </Stack>
    </form>
  );
}
