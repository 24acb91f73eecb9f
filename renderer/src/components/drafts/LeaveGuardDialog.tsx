import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import { cancelLeave, confirmLeave, onPendingLeave, pendingLeave } from '../../app/leaveGuard';
import { draftsJa } from './draftsJa';

/** Asks before leaving a screen whose form holds unsaved text (leaveGuard.ts). */
export function LeaveGuardDialog() {
  const pending = useSyncExternalStore(onPendingLeave, pendingLeave);
  return (
    <Modal opened={pending !== null} onClose={cancelLeave} title={draftsJa.leaveTitle} centered>
      <Stack gap="md">
        <Text fz="sm">{draftsJa.leaveBody}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={cancelLeave} data-autofocus>
            {draftsJa.stay}
          </Button>
          <Button onClick={confirmLeave}>{draftsJa.leave}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
