import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PasswordField } from '../../../components/PasswordField';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { accountsJa } from '../../../i18n/accountsJa';
import { validatePasswordPair, type PasswordPair } from './staffFormValues';

type Props = {
  mode: 'reset' | 'enable';
  account: StaffAccount | null;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** パスワード再設定 and 有効にする: both make a new key slot from a password typed twice. */
export function StaffPasswordModal({ mode, account, onDone, onClose }: Props) {
  const t = accountsJa.staff;
  const name = account?.displayName ?? '';
  return (
    <Modal
      opened={account !== null}
      onClose={onClose}
      title={mode === 'reset' ? t.resetTitle(name) : t.enableTitle(name)}
      size={480}
      closeOnClickOutside={false}
    >
      {account && <PasswordForm mode={mode} account={account} onDone={onDone} onCancel={onClose} />}
    </Modal>
  );
}

function PasswordForm({
  mode,
  account,
  onDone,
  onCancel,
}: {
  mode: 'reset' | 'enable';
  account: StaffAccount;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = accountsJa.staff;
  const form = useForm<PasswordPair>({
    initialValues: { password: '', passwordConfirm: '' },
    validate: validatePasswordPair,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async ({ password }) => {
    if (mode === 'reset') {
      await call('staff.resetPassword', { id: account.id, password });
      onDone(t.reset(account.displayName));
    } else {
      await call('staff.enable', { id: account.id, password });
      onDone(t.enabledDone(account.displayName));
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text fz="sm">{mode === 'reset' ? t.resetLead : t.enableLead}</Text>
        <PasswordField
          label={t.password}
          description={t.passwordHint}
          autoComplete="new-password"
          withAsterisk
          autoFocus
          {...form.getInputProps('password')}
        />
        <PasswordField
          label={t.passwordConfirm}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('passwordConfirm')}
        />
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {mode === 'reset' ? t.submitReset : t.submitEnable}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
