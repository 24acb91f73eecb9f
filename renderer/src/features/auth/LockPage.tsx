import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useRef } from 'react';
import { roleLabels, type SessionUser } from '../../../../electron/contract';
import { unlockInput } from '../../../../electron/contract/schemas/session';
import { call } from '../../api/call';
import { CenteredPage } from '../../components/CenteredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/PasswordField';
import { useFormSubmit } from '../../forms/useFormSubmit';
import { ja } from '../../i18n/ja';

type Props = {
  user: SessionUser;
  onUnlocked: () => Promise<void>;
  /** Shows the login form; auth.login from a locked session replaces the user (audited). */
  onSwitchUser: () => void;
};

/** ロック中: the locked user's name and a password field (auth.unlock). */
export function LockPage({ user, onUnlocked, onSwitchUser }: Props) {
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: schemaResolver(unlockInput, { sync: true }),
  });
  const { busy, error, onSubmit } = useFormSubmit(
    form,
    async (values) => {
      await call('auth.unlock', values);
      await onUnlocked();
    },
    {
      onError: () => {
        form.setFieldValue('password', '');
        passwordRef.current?.focus();
      },
    },
  );

  return (
    <CenteredPage title={ja.lock.title}>
      <Stack gap={4}>
        <Group gap="xs">
          <Text fz="xl" fw={700}>
            {user.displayName}
          </Text>
          <Badge variant="light" radius="sm">
            {roleLabels[user.role]}
          </Badge>
        </Group>
        <Text fz="sm" c="dimmed">
          {ja.lock.lead}
        </Text>
      </Stack>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <PasswordField
            ref={passwordRef}
            label={ja.lock.password}
            autoFocus
            {...form.getInputProps('password')}
          />
          <ErrorAlert message={error} />
          <Button type="submit" loading={busy} mt="sm" fullWidth>
            {ja.lock.submit}
          </Button>
          <Button variant="subtle" onClick={onSwitchUser} disabled={busy}>
            {ja.lock.switchUser}
          </Button>
        </Stack>
      </form>
    </CenteredPage>
  );
}
