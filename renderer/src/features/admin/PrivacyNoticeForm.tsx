import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Settings } from '../../../../electron/contract';
import {
  privacyNoticeMaxLength,
  privacyNoticeSchema,
} from '../../../../electron/contract/schemas/settings';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LengthCount } from '../../components/forms/LengthCount';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { submitOnCtrlEnter } from '../caseDetail/submitOnCtrlEnter';

type Props = { settings: Settings; onSaved: (settings: Settings) => void };
type Values = { privacyNotice: string };

/** The contract's rule (given, not too long), read at the field in Japanese. */
function validate(values: Values): Record<string, string> {
  const parsed = privacyNoticeSchema.safeParse(values.privacyNotice);
  return parsed.success ? {} : { privacyNotice: parsed.error.issues[0]?.message ?? '' };
}

/**
 * 個人情報の取扱い: the office's own sentence, printed on every 相談受付・申込票 above the
 * application and the consent the person signs. Saving it is audited (settings.update).
 */
export function PrivacyNoticeForm({ settings, onSaved }: Props) {
  const t = ja.adminPage.privacyNotice;
  const form = useForm<Values>({
    initialValues: { privacyNotice: settings.privacyNotice },
    validate,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('settings.update', { privacyNotice: values.privacyNotice.trim() });
    form.setValues({ privacyNotice: saved.privacyNotice });
    form.resetDirty({ privacyNotice: saved.privacyNotice });
    notifications.show({ color: 'teal', message: t.saved });
    onSaved(saved);
  });

  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter} noValidate aria-label={t.title}>
      <Stack gap="sm" maw={640}>
        <Title order={3} fz="md">
          {t.title}
        </Title>
        <Text fz="sm" c="dimmed">
          {t.hint}
        </Text>
        <Textarea
          label={t.label}
          withAsterisk
          autosize
          minRows={3}
          maxRows={8}
          {...form.getInputProps('privacyNotice')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          description={
            <LengthCount value={form.values.privacyNotice} max={privacyNoticeMaxLength} />
          }
        />
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
