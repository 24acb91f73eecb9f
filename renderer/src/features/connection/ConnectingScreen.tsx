import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { call } from '../../api/call';
import { connectionJa } from '../../i18n/connectionJa';

/**
 * 「事務所サーバーに接続しています…」: asks the shell to check the saved server and open it (the
 * window then shows the server's screens); when the check fails, the gate reads why.
 */
export function ConnectingScreen({
  origin,
  onFailed,
}: {
  origin: string;
  onFailed: () => Promise<void>;
}) {
  useEffect(() => {
    let cancelled = false;
    call('connection.retry', {}).catch(() => {
      if (!cancelled) void onFailed();
    });
    return () => {
      cancelled = true;
    };
  }, [onFailed]);
  return (
    <Center mih="100vh">
      <Stack align="center" gap="sm">
        <Loader color="teal" />
        <Text>{connectionJa.connecting}</Text>
        <Text c="dimmed" fz="sm">
          {connectionJa.connectingTo(origin)}
        </Text>
      </Stack>
    </Center>
  );
}
