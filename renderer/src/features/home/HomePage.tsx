import { Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '../../../../electron/contract';
import { ja } from '../../i18n/ja';

/** ホーム: a greeting and, until there are records, an honest empty state. */
export function HomePage({ user }: { user: SessionUser }) {
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1} fz={26}>
        {ja.home.title}
      </Title>
      <Text>{ja.home.welcome(user.displayName)}</Text>
      <Paper withBorder p="xl" bg="gray.0">
        <Stack gap="xs">
          <Text fw={700}>{ja.home.empty}</Text>
          <Text c="dimmed" fz="sm">
            {ja.home.coming}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
