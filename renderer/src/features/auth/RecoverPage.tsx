import { Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm, type FormErrors } from '@mantine/form';
import { recoverInput } from '../../../../electron/contract/schemas/staff';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { accountsJa } from '../../i18n/accountsJa';

type Values = { recoveryKey: string; login: string; newPassword: string; confirm: string };

const validateInput = schemaResolver(recoverInput, { sync: true });

function validate(values: Values): FormErrors {
  const { confirm, ...input } = values;
  const errors: FormErrors = { ...validateInput(input) };
  if (confirm !== input.newPassword) errors.confirm = accountsJa.recover.mismatch;
  return errors;
}

type Props = { onRecovered: () => Promise<void>; onBack: () => void };

/** 回復キーで復旧 (auth.recover): the key opens the database; the account gets a new password. */
export function RecoverPage({ onRecovered, onBack }: Props) {
  const t = accountsJa.recover;
  const form = useForm<Values>({
    initialValues: { recoveryKey: '', login: '', newPassword: '', confirm: '' },
    validate,
  });
  const { busy, error, onSubmit } = useFormSubmit(
    form,
    async ({ recoveryKey, login, newPassword }) => {
      await call('auth.recover', { recoveryKey, login, newPassword });
      await onRecovered();
    },
  );
  return (
    <CenteredPage title={t.title}>
      <Text fz="sm">{t.lead}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <PasswordField
            label={t.recoveryKey}
            description={t.recoveryKeyHint}
            autoComplete="off"
            autoFocus
            {...form.getInputProps('recoveryKey')}
          />
          <TextInput
            label={t.login}
            description={t.loginHint}
            autoComplete="username"
            spellCheck={false}
            {...form.getInputProps('login')}
          />
          <PasswordField
            label={t.newPassword}
            description={t.newPasswordHint}
            autoComplete="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordField
            label={t.confirm}
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <ErrorAlert message={error} />
          <Button type="submit" loading={busy} mt="sm" fullWidth>
            {t.submit}
          </Button>
          <Button variant="subtle" onClick={onBack} disabled={busy}>
            {t.back}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
