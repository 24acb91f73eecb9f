import { Center, Loader, Stack, Text } from '@mantine/core';
import { ja } from '../i18n/ja';

/** Shown while app.status is first read. */
export function LoadingScreen() {
  return (
    <Center mih="100vh">
      <Stack align="center" gap="sm">
        <Loader color="teal" />
        <Text c="dimmed">{ja.app.loading}</Text>
      </Stack>
    </Center>
  );
}
