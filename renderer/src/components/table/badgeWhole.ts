import type { BadgeProps } from '@mantine/core';

/**
 * Badge styles that keep a short label whole: Mantine's Badge cuts its label with an ellipsis
 * when a table column or a flex row squeezes it, which turned 「終結」 into 「終…」 at 1280 px.
 */
export const badgeWhole: BadgeProps['styles'] = {
  root: { minWidth: 'max-content', flexShrink: 0, overflow: 'visible' },
  label: { overflow: 'visible', textOverflow: 'clip' },
};
