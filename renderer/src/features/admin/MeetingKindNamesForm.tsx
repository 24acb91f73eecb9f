import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { MeetingKind, Settings } from '../../../../electron/contract';
import { meetingKinds } from '../../../../electron/contract/meetingCodes';
import { meetingKindNamesSchema } from '../../../../electron/contract/schemas/settings';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';

type Props = { settings: Settings; onSaved: (settings: Settings) => void };
type Values = Record<MeetingKind, string>;

/** The contract's rules (each name given, none alike), read at the field in Japanese. */
function validate(values: Values): Record<string, string> {
  const parsed = meetingKindNamesSchema.safeParse(
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])),
  );
  if (parsed.success) return {};
  return Object.fromEntries(
    parsed.error.issues.map((issue) => [String(issue.path[0] ?? 'shien'), issue.message]),
  );
}

/**
 * 会議の種類の表示名: what this office calls each kind (lists, the meeting screen, prints). The
 * legal name is shown beside each, since the consent rule follows the kind, not its name.
 */
export function MeetingKindNamesForm({ settings, onSaved }: Props) {
  const t = ja.meetings.kindNames;
  const form = useForm<Values>({ initialValues: settings.meetingKindNames, validate });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const names = Object.fromEntries(
      meetingKinds.codes.map((kind) => [kind, values[kind].trim()]),
    ) as Values;
    const saved = await call('settings.update', { meetingKindNames: names });
    form.setValues(saved.meetingKindNames);
    form.resetDirty(saved.meetingKindNames);
    notifications.show({ color: 'teal', message: t.saved });
    onSaved(saved);
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.title}>
      <Stack gap="sm" maw={520}>
        <Title order={3} fz="md">
          {t.title}
        </Title>
        <Text fz="sm" c="dimmed">
          {t.hint}
        </Text>
        {meetingKinds.codes.map((kind) => (
          <TextInput
            key={kind}
            label={t.nameOf(meetingKinds.labels[kind])}
            withAsterisk
            {...form.getInputProps(kind)}
          />
        ))}
        <ErrorAlert message={error} />
        <Group>
          <Button type="submit" loading={busy} disabled={!form.isDirty()}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
