import { Anchor, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ja } from '../i18n/ja';
import { SectionCard } from './SectionCard';

type Props = {
  /** The card's title, also its landmark name; the count follows it in brackets. */
  title: string;
  /** Rows the card shows, and rows the list holds in all. */
  shown: number;
  total: number;
  /** `total` is where counting stopped: there are more. */
  atLeast?: boolean;
  /** The screen listing every row, and its link's text. */
  href: string;
  linkLabel: string;
  /** The table of the shown rows. */
  children: ReactNode;
};

/**
 * A ホーム reminder card: its title with how many rows the list holds, the most urgent rows, and,
 * when there are more than shown, how many more and a link to the screen listing them all.
 */
export function ReminderCard(props: Props) {
  const { title, shown, total, atLeast = false, href, linkLabel, children } = props;
  const count = atLeast ? ja.list.totalAtLeast(total) : ja.list.total(total);
  return (
    <SectionCard title={`${title}（${count}）`} label={title}>
      {children}
      {total > shown && (
        <Group justify="space-between">
          <Text fz="sm" c="dimmed">
            {ja.list.moreRows(total - shown, atLeast)}
          </Text>
          <Anchor href={href} fz="sm">
            {linkLabel}
          </Anchor>
        </Group>
      )}
    </SectionCard>
  );
}
