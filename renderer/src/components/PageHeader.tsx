import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  title: ReactNode;
  /** One dimmed line under the title saying what the page is for. */
  lead?: ReactNode;
  /** What the page offers to do (登録, 相談受付 …), on the right. */
  action?: ReactNode;
};

/** A page's heading (the one h1), its lead line, and its actions on the right. */
export function PageHeader({ title, lead, action }: Props) {
  const heading = (
    <Title order={1} fz={26}>
      {title}
    </Title>
  );
  const titleBlock = lead ? (
    <Stack gap={2}>
      {heading}
      <Text fz="sm" c="dimmed">
        {lead}
      </Text>
    </Stack>
  ) : (
    heading
  );
  if (!action) return titleBlock;
  return (
    <Group justify="space-between" align={lead ? 'flex-end' : 'center'}>
      {titleBlock}
      {action}
    </Group>
  );
}
