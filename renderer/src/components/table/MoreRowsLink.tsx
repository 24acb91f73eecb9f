import { Anchor, Group, Text } from '@mantine/core';
import { ja } from '../../i18n/ja';

type Props = {
  shown: number;
  total: number;
  /** `total` is where counting stopped: there are more. */
  atLeast?: boolean;
  href: string;
  label: string;
};

/**
 * The foot of a card showing only the first rows of a list: how many more there are, and a link
 * to the screen that lists them all. Nothing when every row is shown.
 */
export function MoreRowsLink({ shown, total, atLeast = false, href, label }: Props) {
  if (total <= shown) return null;
  return (
    <Group justify="space-between">
      <Text fz="sm" c="dimmed">
        {ja.list.moreRows(total - shown, atLeast)}
      </Text>
      <Anchor href={href} fz="sm">
        {label}
      </Anchor>
    </Group>
  );
}
