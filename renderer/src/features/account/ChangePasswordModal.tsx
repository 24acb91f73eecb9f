import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { call } from '../../api/call';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { accountsJa } from '../../i18n/accountsJa';
import { validateChangePassword, type ChangePasswordValues } from '../admin/staff/staffFormValues';

type Props = { opened: boolean; onClose: () => void };

/** パスワード変更: the current password, then the new one twice (auth.changePassword). */
export function ChangePasswordModal({ opened, onClose }: Props) {
  const t = accountsJa.changePassword;
  return (
    <Modal opened={opened} onClose={onClose} title={t.title} size={480} closeOnClickOutside={false}>
      {opened && <ChangePasswordForm onDone={onClose} />}
    </Modal>
  );
}

function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const t = accountsJa.changePassword;
  const form = useForm<ChangePasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', newPasswordConfirm: '' },
    validate: validateChangePassword,
  });
  const { busy, error, onSubmit } = useFormSubmit(
    form,
    async ({ currentPassword, newPassword }) => {
      await call('auth.changePassword', { currentPassword, newPassword });
      notifications.show({ color: 'teal', message: t.done });
      onDone();
    },
    {
      onError: (apiError) =>
        apiError.code === 'WRONG_PASSWORD' && form.setFieldValue('currentPassword', ''),
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text fz="sm">{t.lead}</Text>
        <PasswordField
          label={t.current}
          autoFocus
          withAsterisk
          {...form.getInputProps('currentPassword')}
        />
        <PasswordField
          label={t.next}
          description={t.nextHint}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('newPassword')}
        />
        <PasswordField
          label={t.confirm}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('newPasswordConfirm')}
        />
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {t.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
