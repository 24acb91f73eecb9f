import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { loginInput } from '../../../../electron/contract/schemas/session';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { accountsJa } from '../../i18n/accountsJa';
import { ja } from '../../i18n/ja';
import { RecoverPage } from './RecoverPage';

type Props = {
  onLoggedIn: () => Promise<void>;
  /** Set when switching user from the lock screen: offers the way back to it. */
  onCancel?: () => void;
  /** Why this browser's last session ended, when someone or something else ended it. */
  notice?: string;
};

/** ログイン: login name and password (auth.login). Also used to switch user from the lock screen. */
export function LoginPage({ onLoggedIn, onCancel, notice }: Props) {
  const passwordRef = useRef<HTMLInputElement>(null);
  const [recovering, setRecovering] = useState(false);
  const form = useForm({
    initialValues: { login: '', password: '' },
    validate: schemaResolver(loginInput, { sync: true }),
  });
  const { busy, error, onSubmit } = useFormSubmit(
    form,
    async (values) => {
      await call('auth.login', values);
      await onLoggedIn();
    },
    {
      onError: (apiError) => {
        if (apiError.code !== 'WRONG_PASSWORD' && apiError.code !== 'TOO_MANY_ATTEMPTS') return;
        form.setFieldValue('password', '');
        passwordRef.current?.focus();
      },
    },
  );

  if (recovering) {
    return <RecoverPage onRecovered={onLoggedIn} onBack={() => setRecovering(false)} />;
  }
  return (
    <CenteredPage title={ja.login.title}>
      {notice && (
        <Alert color="orange" role="status" data-testid="session-ended">
          {notice}
        </Alert>
      )}
      {onCancel && <Text fz="sm">{ja.login.switchUserLead}</Text>}
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={ja.login.login}
            autoComplete="username"
            spellCheck={false}
            autoFocus
            {...form.getInputProps('login')}
          />
          <PasswordField
            ref={passwordRef}
            label={ja.login.password}
            {...form.getInputProps('password')}
          />
          <ErrorAlert message={error} />
          <Button type="submit" loading={busy} mt="sm" fullWidth>
            {ja.login.submit}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel} disabled={busy}>
              {ja.login.backToLock}
            </Button>
          )}
          <Button variant="subtle" size="xs" onClick={() => setRecovering(true)} disabled={busy}>
            {accountsJa.recover.link}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
