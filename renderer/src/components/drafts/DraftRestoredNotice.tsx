import { Alert, Button, Group, Text } from '@mantine/core';
import { draftsJa } from './draftsJa';

type Props = { onDiscard: () => void };

/** Shown above a form that came back with its draft, with a way to start empty instead. */
export function DraftRestoredNotice({ onDiscard }: Props) {
  return (
    <Alert color="blue" variant="light" p="xs">
      <Group justify="space-between" gap="xs">
        <Text fz="sm">{draftsJa.restored}</Text>
        <Button size="compact-sm" variant="default" onClick={onDiscard}>
          {draftsJa.discard}
        </Button>
      </Group>
    </Alert>
  );
}
