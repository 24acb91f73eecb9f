import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ja } from '../i18n/ja';

type Props = {
  title: string;
  children: ReactNode;
  /** Wider card for forms with many fields. */
  width?: number;
};

/** The page for everything before the app shell: the Kasane name, then one card with a heading. */
export function CenteredPage({ title, children, width = 440 }: Props) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Box w="100%" maw={width}>
        <Group gap="xs" align="baseline" mb="md" justify="center">
          <Text fw={700} fz={26} c="teal.8" lh={1}>
            {ja.app.name}
          </Text>
          <Text c="dimmed" fz="sm">
            {ja.app.reading} ・ {ja.app.tagline}
          </Text>
        </Group>
        <Paper withBorder shadow="sm" p="xl">
          <Stack gap="md">
            <Title order={1} fz={22}>
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
