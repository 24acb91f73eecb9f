import { Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { SetupResult } from '../../../../electron/contract';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';
import { emptySetupForm, validateSetupForm, type SetupFormValues } from './validateSetupForm';

type Props = {
  /** Setup succeeded: the new 管理者 is logged in; the recovery key must be shown once. */
  onDone: (result: SetupResult, municipalityName: string) => void;
};

/** 初期設定: the municipality and the first 管理者 account (setup.init). */
export function SetupPage({ onDone }: Props) {
  const form = useForm<SetupFormValues>({
    initialValues: emptySetupForm,
    validate: validateSetupForm,
  });
  const { busy, error, onSubmit } = useFormSubmit(form, async (values) => {
    const { passwordConfirm: _confirm, ...input } = values;
    const result = await call('setup.init', input);
    onDone(result, input.municipalityName.trim());
  });

  return (
    <CenteredPage title={ja.setup.title} width={520}>
      <Text fz="sm">{ja.setup.lead}</Text>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Divider label={ja.setup.officeSection} labelPosition="left" />
          <TextInput
            label={ja.setup.municipalityName}
            description={ja.setup.municipalityNameHint}
            autoComplete="organization"
            autoFocus
            {...form.getInputProps('municipalityName')}
          />
          <Divider label={ja.setup.adminSection} labelPosition="left" mt="xs" />
          <TextInput
            label={ja.setup.login}
            description={ja.setup.loginHint}
            autoComplete="username"
            spellCheck={false}
            {...form.getInputProps('login')}
          />
          <TextInput
            label={ja.setup.displayName}
            description={ja.setup.displayNameHint}
            autoComplete="name"
            {...form.getInputProps('displayName')}
          />
          <PasswordField
            label={ja.setup.password}
            description={ja.setup.passwordHint}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <PasswordField
            label={ja.setup.passwordConfirm}
            autoComplete="new-password"
            {...form.getInputProps('passwordConfirm')}
          />
          <ErrorAlert message={error} />
          <Button type="submit" loading={busy} mt="sm" fullWidth>
            {ja.setup.submit}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
