import { Burger, Button, Divider, Group, Text } from '@mantine/core';
import type { SessionUser } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';
import { UserMenu } from '../account/UserMenu';
import { HeaderSearch } from '../search/HeaderSearch';

type Props = {
  municipalityName: string;
  user: SessionUser;
  navOpened: boolean;
  onToggleNav: () => void;
  busy: boolean;
  onLock: () => void;
  onLogout: () => void;
};

/** The top bar: Kasane and the office, the search box, who is working (a menu), ロック / ログアウト. */
export function ShellHeader(props: Props) {
  const { municipalityName, user, navOpened, onToggleNav, busy, onLock, onLogout } = props;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={ja.shell.openMenu}
        />
        <Text fw={700} fz="xl" c="teal.8" lh={1}>
          {ja.app.name}
        </Text>
        <Divider orientation="vertical" />
        <Text fw={700} truncate>
          {municipalityName}
        </Text>
      </Group>
      <Group flex={1} justify="center" miw={200} visibleFrom="sm">
        <HeaderSearch />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Group visibleFrom="md">
          <UserMenu user={user} />
        </Group>
        <Group gap="xs" wrap="nowrap">
          <Button variant="default" onClick={onLock} disabled={busy}>
            {ja.shell.lock}
          </Button>
          <Button variant="subtle" color="gray" onClick={onLogout} disabled={busy}>
            {ja.shell.logout}
          </Button>
        </Group>
      </Group>
    </Group>
  );
}
