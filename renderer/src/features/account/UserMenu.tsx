import { Badge, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { roleLabels, type SessionUser } from '../../../../electron/contract';
import { accountsJa } from '../../i18n/accountsJa';
import { ChangePasswordModal } from './ChangePasswordModal';

/** Who is working, as a menu: パスワード変更 (for every role). */
export function UserMenu({ user }: { user: SessionUser }) {
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={accountsJa.changePassword.userMenu}>
            <Group gap="xs" wrap="nowrap">
              <Stack gap={0} align="flex-end">
                <Text fw={700} fz="sm" lh={1.3}>
                  {user.displayName}
                </Text>
                <Text fz="xs" c="dimmed" lh={1.3}>
                  {user.login}
                </Text>
              </Stack>
              <Badge variant="light" radius="sm">
                {roleLabels[user.role]}
              </Badge>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={dialog.open}>{accountsJa.changePassword.menu}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal opened={opened} onClose={dialog.close} />
    </>
  );
}
