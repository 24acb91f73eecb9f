import { Button, Group, Text, type MantineColor } from '@mantine/core';
import { ErrorAlert } from '../ErrorAlert';
import { ja } from '../../i18n/ja';

type Props = {
  /** Why the last save failed, in Japanese; nothing shown when null. */
  error: string | null;
  busy: boolean;
  submitLabel: string;
  /** Shows キャンセル when given. */
  onCancel?: (() => void) | undefined;
  submitColor?: MantineColor | undefined;
};

/**
 * The foot of a form: the save error, the Ctrl+Enter hint, キャンセル and the submit button (the
 * form's own onKeyDown submits on Ctrl+Enter; see submitOnCtrlEnter).
 */
export function FormFooter({ error, busy, submitLabel, onCancel, submitColor }: Props) {
  return (
    <>
      <ErrorAlert message={error} />
      <Group justify="flex-end" gap="sm">
        <Text fz="xs" c="dimmed">
          {ja.form.ctrlEnter}
        </Text>
        {onCancel && (
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {ja.form.cancel}
          </Button>
        )}
        <Button type="submit" loading={busy} color={submitColor}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
