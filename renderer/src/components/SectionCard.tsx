import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; label: string; action?: ReactNode; children: ReactNode };

/** A titled section of a page (a landmark named `label`), with an optional action on the right. */
export function SectionCard({ title, label, action, children }: Props) {
  return (
    <Paper withBorder p="md" component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz={18}>
            {title}
          </Title>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
