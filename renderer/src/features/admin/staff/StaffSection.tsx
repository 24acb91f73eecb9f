import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { StaffAccount } from '../../../../../electron/contract/schemas/staff';
import { call } from '../../../api/call';
import { accountsJa } from '../../../i18n/accountsJa';
import { useCallData } from '../../../components/data/useCallData';
import { useLoaded } from '../../caseDetail/useLoaded';
import { DisableStaffModal } from './DisableStaffModal';
import { StaffFormModal } from './StaffFormModal';
import { StaffPasswordModal } from './StaffPasswordModal';
import { StaffTable, type StaffAction } from './StaffTable';

const readStaff = () => call('staff.list', {});

type Open = { action: StaffAction | 'add'; account: StaffAccount | null } | null;

/** 職員アカウント on the 管理 screen: the list, and dialogs to add, edit, reset, disable, enable. */
export function StaffSection() {
  const t = accountsJa.staff;
  const status = useCallData('app.status', {}).data;
  const selfId =
    status?.initialized && status.session.state === 'unlocked' ? status.session.user.staffId : null;
  const { state, reload } = useLoaded(readStaff);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const done = (message: string) => {
    notifications.show({ color: 'teal', message });
    close();
    reload();
  };

  return (
    <Stack gap="sm" component="section" aria-label={t.title}>
      <Group justify="space-between">
        <Title order={2} fz="lg">
          {t.title}
        </Title>
        <Button onClick={() => setOpen({ action: 'add', account: null })}>{t.add}</Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t.lead}
      </Text>
      {state.kind === 'loading' && <Loader color="teal" size="sm" />}
      {state.kind === 'failed' && (
        <Alert color="red" title={t.loadFailed} role="alert">
          <Button variant="default" size="xs" onClick={reload}>
            {t.retry}
          </Button>
        </Alert>
      )}
      {state.kind === 'ready' && (
        <StaffTable
          accounts={state.value}
          selfId={selfId}
          onAction={(action, account) => setOpen({ action, account })}
        />
      )}
      <StaffFormModal
        opened={open?.action === 'add' || open?.action === 'edit'}
        account={open?.action === 'edit' ? open.account : null}
        onDone={done}
        onClose={close}
      />
      <StaffPasswordModal
        mode={open?.action === 'enable' ? 'enable' : 'reset'}
        account={open?.action === 'reset' || open?.action === 'enable' ? open.account : null}
        onDone={done}
        onClose={close}
      />
      <DisableStaffModal
        account={open?.action === 'disable' ? open.account : null}
        onDone={done}
        onClose={close}
      />
    </Stack>
  );
}
