import type { CallInput, Settings } from '../../../../electron/contract';
import { idleLockMinutesSchema } from '../../../../electron/contract/schemas/settings';
import { displayTextSchema } from '../../../../electron/contract/schemas/common';
import { ja } from '../../i18n/ja';

/** 基本設定 as the form holds it (the number field holds '' while empty). */
export type SettingsFormValues = { municipalityName: string; idleLockMinutes: number | string };

const municipalityNameSchema = displayTextSchema('自治体名', 50);

/** The contract's own rules, read at the field in Japanese. */
export function validateSettings(values: SettingsFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = municipalityNameSchema.safeParse(values.municipalityName);
  if (!name.success) errors.municipalityName = name.error.issues[0]?.message ?? ja.form.invalid;
  if (values.idleLockMinutes === '') {
    errors.idleLockMinutes = ja.adminPage.idleLockMinutesRequired;
  } else {
    const minutes = idleLockMinutesSchema.safeParse(Number(values.idleLockMinutes));
    if (!minutes.success) {
      errors.idleLockMinutes = minutes.error.issues[0]?.message ?? ja.form.invalid;
    }
  }
  return errors;
}

export function settingsValuesFrom(settings: Settings): SettingsFormValues {
  return { ...settings };
}

/** settings.update's input: only what changed. */
export function settingsUpdateFrom(
  settings: Settings,
  values: SettingsFormValues,
): CallInput<'settings.update'> {
  const input: CallInput<'settings.update'> = {};
  const name = values.municipalityName.trim();
  if (name !== settings.municipalityName) input.municipalityName = name;
  const minutes = Number(values.idleLockMinutes);
  if (minutes !== settings.idleLockMinutes) input.idleLockMinutes = minutes;
  return input;
}
