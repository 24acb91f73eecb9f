import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Settings } from '../../../../electron/contract';
import { call } from '../../api/call';
import { notifySessionChange } from '../../api/sessionChanges';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import {
  settingsUpdateFrom,
  settingsValuesFrom,
  validateSettings,
  type SettingsFormValues,
} from './settingsFormValues';

type Props = { settings: Settings; onSaved: (settings: Settings) => void };

/** 基本設定: 自治体名 and the idle lock; after saving, the app re-reads them (header, lock timer). */
export function BasicSettingsForm({ settings, onSaved }: Props) {
  const t = ja.adminPage;
  const form = useForm<SettingsFormValues>({
    initialValues: settingsValuesFrom(settings),
    validate: validateSettings,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const saved = await call('settings.update', settingsUpdateFrom(settings, values));
    form.setValues(settingsValuesFrom(saved));
    form.resetDirty(settingsValuesFrom(saved));
    notifications.show({ color: 'teal', message: t.settingsSaved });
    onSaved(saved);
    // The header shows 自治体名 and the idle timer reads the minutes from app.status.
    notifySessionChange();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.settingsTitle}>
      <Stack gap="sm" maw={520}>
        <TextInput
          label={t.municipalityName}
          description={t.municipalityNameHint}
          withAsterisk
          {...form.getInputProps('municipalityName')}
        />
        <NumberInput
          label={t.idleLockMinutes}
          description={t.idleLockMinutesHint}
          withAsterisk
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          styles={{ wrapper: { maxWidth: 160 } }}
          {...form.getInputProps('idleLockMinutes')}
        />
        <ErrorAlert message={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t.settingsSave}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
