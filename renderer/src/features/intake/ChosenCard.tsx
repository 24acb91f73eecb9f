import { Button, Group, Paper, Text } from '@mantine/core';
import { ja } from '../../i18n/ja';

type Props = { title: string; detail?: string; onChange: () => void };

/** The person or household chosen for an intake, with 選び直す. */
export function ChosenCard({ title, detail, onChange }: Props) {
  return (
    <Paper withBorder p="sm" bg="teal.0" data-testid="intake-chosen">
      <Group justify="space-between" wrap="nowrap">
        <div>
          <Text fw={700}>{title}</Text>
          {detail && (
            <Text fz="sm" c="dimmed">
              {detail}
            </Text>
          )}
        </div>
        <Button variant="default" size="compact-sm" onClick={onChange}>
          {ja.intake.change}
        </Button>
      </Group>
    </Paper>
  );
}
