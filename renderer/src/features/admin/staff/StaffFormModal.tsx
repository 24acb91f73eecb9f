import { Button, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { roleLabels, roles } from '../../../../../electron/contract';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import { call } from '../../../api/call';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PasswordField } from '../../../components/PasswordField';
import { useFormSubmit } from '../../../forms/useFormSubmit';
import { accountsJa } from '../../../i18n/accountsJa';
import {
  emptyStaffForm,
  staffFormFrom,
  validateStaffForm,
  type StaffFormValues,
} from './staffFormValues';

type Props = {
  opened: boolean;
  /** null adds a new account. */
  account: StaffAccount | null;
  onDone: (message: string) => void;
  onClose: () => void;
};

/** 職員を追加 (with the first password) or 編集 (表示名, 所属, 権限) in a dialog. */
export function StaffFormModal({ opened, account, onDone, onClose }: Props) {
  const t = accountsJa.staff;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={account ? t.editTitle(account.displayName) : t.addTitle}
      size={560}
      closeOnClickOutside={false}
    >
      {opened && <StaffForm account={account} onDone={onDone} onCancel={onClose} />}
    </Modal>
  );
}

function StaffForm({
  account,
  onDone,
  onCancel,
}: {
  account: StaffAccount | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const t = accountsJa.staff;
  const id = account?.id ?? null;
  const form = useForm<StaffFormValues>({
    initialValues: account ? staffFormFrom(account) : emptyStaffForm,
    validate: (values) => validateStaffForm(values, id),
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const { login, password, displayName, affiliation, role } = values;
    if (id === null) {
      const created = await call('staff.create', {
        login,
        password,
        displayName,
        affiliation,
        role,
      });
      onDone(t.added(created.displayName));
    } else {
      await call('staff.update', { id, displayName, affiliation, role });
      onDone(t.saved);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t.login}
          description={id === null ? t.loginHint : undefined}
          withAsterisk={id === null}
          disabled={id !== null}
          autoComplete="off"
          spellCheck={false}
          {...form.getInputProps('login')}
        />
        <TextInput label={t.displayName} withAsterisk {...form.getInputProps('displayName')} />
        <TextInput
          label={t.affiliation}
          description={t.affiliationHint}
          {...form.getInputProps('affiliation')}
        />
        <Radio.Group label={t.role} withAsterisk {...form.getInputProps('role')}>
          <Stack gap={6} mt={6}>
            {roles.map((role) => (
              <Radio
                key={role}
                value={role}
                label={roleLabels[role]}
                description={t.roleHints[role]}
              />
            ))}
          </Stack>
        </Radio.Group>
        {id === null && (
          <>
            <PasswordField
              label={t.password}
              description={t.passwordHint}
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('password')}
            />
            <PasswordField
              label={t.passwordConfirm}
              autoComplete="new-password"
              withAsterisk
              {...form.getInputProps('passwordConfirm')}
            />
          </>
        )}
        <ErrorAlert message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {id === null ? t.submitAdd : t.submitSave}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
