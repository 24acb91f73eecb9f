import type { MantineColor } from '@mantine/core';
import type { Urgency } from '../../../../electron/contract';

/** 緊急度 colors: red for 高, so an urgent case stands out in the header. */
export const urgencyColors: Record<Urgency, MantineColor> = {
  high: 'red',
  normal: 'yellow',
  low: 'gray',
};
