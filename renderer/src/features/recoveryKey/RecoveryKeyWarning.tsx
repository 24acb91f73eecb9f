import { Alert, Button, Group, Text } from '@mantine/core';
import { routes } from '../../app/routes';
import { useRecoveryKeyGate } from './recoveryKeyGate';
import { recoveryKeyJa as t } from './recoveryKeyJa';

/** ホーム, for 管理者: a warning while no 回復キー is confirmed as stored. */
export function RecoveryKeyWarning() {
  const { status } = useRecoveryKeyGate();
  if (status === null || status.state === 'confirmed') return null;
  return (
    <Alert color="orange" variant="light" title={t.warningTitle} role="alert">
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <Text fz="sm">{t.warningBody}</Text>
        <Button component="a" href={routes.admin()} variant="default" size="xs">
          {t.openAdmin}
        </Button>
      </Group>
    </Alert>
  );
}
