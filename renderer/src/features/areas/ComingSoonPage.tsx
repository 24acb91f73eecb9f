import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Area } from '../../app/areas';
import { ja } from '../../i18n/ja';

type Props = { area: Exclude<Area, { id: 'home' }> };

/** An area that later issues will build: says so plainly, and what it will be for. */
export function ComingSoonPage({ area }: Props) {
  return (
    <Stack gap="lg" maw={880}>
      <Group gap="sm" align="center">
        <Title order={1} fz={26}>
          {area.label}
        </Title>
        <Badge color="gray" variant="light" radius="sm">
          {ja.comingSoon.badge}
        </Badge>
      </Group>
      <Paper withBorder p="xl" bg="gray.0">
        <Stack gap="xs">
          <Text fw={700}>{ja.comingSoon.text}</Text>
          <Text c="dimmed" fz="sm">
            {ja.areaPurpose[area.id]}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
