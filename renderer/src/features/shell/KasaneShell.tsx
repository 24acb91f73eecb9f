import { AppShell, Button, Center, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Suspense, useEffect, useState } from 'react';
import { asApiError, isSessionChange } from '../../api/ApiError';
import { call } from '../../api/call';
import { connectLiveChanges } from '../../api/liveChanges';
import { areaFromHash } from '../../app/areas';
import type { UnlockedStatus } from '../../app/sessionStatus';
import { useHash } from '../../app/useHash';
import { ja } from '../../i18n/ja';
import { hasUnsavedText, setDraftOwner } from '../../components/drafts/draftStore';
import { draftsJa } from '../../components/drafts/draftsJa';
import { LeaveGuardDialog } from '../../components/drafts/LeaveGuardDialog';
import { useIdleLock } from '../auth/useIdleLock';
import { RecoveryKeyGate } from '../recoveryKey/RecoveryKeyGate';
import { CurrentPage } from './CurrentPage';
import { ShellHeader } from './ShellHeader';
import { ShellNavbar } from './ShellNavbar';

type Props = {
  status: UnlockedStatus;
  /** Re-reads app.status; the app then shows the lock or login screen. */
  refresh: () => Promise<void>;
};

async function touch(): Promise<void> {
  try {
    await call('auth.touch', {});
  } catch {
    // A LOCKED or LOGGED_OUT answer already makes the app re-read app.status.
  }
}

/** The app once unlocked: header, side menu, the current area, and the idle lock. */
export function KasaneShell({ status, refresh }: Props) {
  const user = status.session.user;
  // Drafts belong to whoever is working (draftStore.ts).
  setDraftOwner(user.staffId);
  const [askLogout, setAskLogout] = useState(false);
  const [navOpened, nav] = useDisclosure(false);
  // While locking or logging out, the records leave the screen at once.
  const [leaving, setLeaving] = useState(false);
  const hash = useHash();
  const area = areaFromHash(hash, user.role);

  const leave = async (name: 'auth.lock' | 'auth.logout') => {
    setLeaving(true);
    try {
      await call(name, {});
    } catch (error) {
      if (!isSessionChange(error)) {
        notifications.show({
          color: 'red',
          title: ja.shell.actionFailed,
          message: asApiError(error).message,
        });
      }
    }
    await refresh();
    setLeaving(false);
  };

  // Other staff members' saves (office server): one stream per tab while at work.
  useEffect(() => connectLiveChanges(), [user.staffId]);

  useIdleLock({
    idleMinutes: status.idleLockMinutes,
    onIdle: () => void leave('auth.lock'),
    onActive: () => void touch(),
  });

  return (
    <RecoveryKeyGate isAdmin={user.role === 'admin'} municipalityName={status.municipalityName}>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="xl"
      >
        <AppShell.Header>
          <ShellHeader
            municipalityName={status.municipalityName}
            user={user}
            navOpened={navOpened}
            onToggleNav={nav.toggle}
            busy={leaving}
            onLock={() => void leave('auth.lock')}
            onLogout={() => (hasUnsavedText() ? setAskLogout(true) : void leave('auth.logout'))}
          />
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={ja.shell.navigation}>
          <ShellNavbar role={user.role} current={area.id} onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main bg="white">
          {leaving ? (
            <Center mih={240}>
              <Loader color="teal" />
            </Center>
          ) : (
            // Pages load on first use (lazyPages.ts); a page's code arrives in a few ms from disk.
            <Suspense
              fallback={
                <Center mih={240}>
                  <Loader color="teal" aria-label={ja.app.loading} />
                </Center>
              }
            >
              <CurrentPage hash={hash} area={area} user={user} />
            </Suspense>
          )}
        </AppShell.Main>
        <LeaveGuardDialog />
        <Modal
          opened={askLogout}
          onClose={() => setAskLogout(false)}
          title={draftsJa.logoutTitle}
          centered
        >
          <Stack gap="md">
            <Text fz="sm">{draftsJa.logoutBody}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAskLogout(false)} data-autofocus>
                {draftsJa.stay}
              </Button>
              <Button
                color="red"
                onClick={() => {
                  setAskLogout(false);
                  void leave('auth.logout');
                }}
              >
                {draftsJa.logoutAnyway}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </AppShell>
    </RecoveryKeyGate>
  );
}
