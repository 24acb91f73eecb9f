import { Badge, Group, Text } from '@mantine/core';
import { ja } from '../../i18n/ja';

type Props = { labels: readonly string[]; color?: string };

/** Several short labels (相談分野, 課題) as small badges; a dash when there are none. */
export function CodeBadges({ labels, color = 'gray' }: Props) {
  if (labels.length === 0) return <Text c="dimmed">{ja.list.none}</Text>;
  return (
    <Group gap={4}>
      {labels.map((label) => (
        <Badge
          key={label}
          variant="light"
          color={color}
          radius="sm"
          size="sm"
          style={{ textTransform: 'none', minWidth: 'fit-content' }}
        >
          {label}
        </Badge>
      ))}
    </Group>
  );
}
