import { Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionUser } from '../../../../electron/contract';
import { useCallData } from '../../components/data/useCallData';
import { ja } from '../../i18n/ja';
import { DuePlansCard } from '../plans/DuePlansCard';

/** ホーム: a greeting, plans due for 評価, and, until there are any, an honest empty state. */
export function HomePage({ user }: { user: SessionUser }) {
  const due = useCallData('plan.dueForEvaluation', {}).data ?? [];
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1} fz={26}>
        {ja.home.title}
      </Title>
      <Text>{ja.home.welcome(user.displayName)}</Text>
      {due.length > 0 ? (
        <DuePlansCard plans={due} />
      ) : (
        <Paper withBorder p="xl" bg="gray.0">
          <Stack gap="xs">
            <Text fw={700}>{ja.home.empty}</Text>
            <Text c="dimmed" fz="sm">
              {ja.home.coming}
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
