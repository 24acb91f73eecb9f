import type { MantineColor } from '@mantine/core';
import type { ConsentState, ConsentView } from '../../../../electron/contract';

/** The color of a consent state everywhere it shows: green yes, red no, orange withdrawn, gray unknown. */
export const consentStateColors: Record<ConsentState, MantineColor> = {
  given: 'green',
  refused: 'red',
  withdrawn: 'orange',
  unconfirmed: 'gray',
};

/** The state in force for one kind: a kind never recorded counts as 未確認. */
export function stateInForce(current: ConsentView | null): ConsentState {
  return current?.state ?? 'unconfirmed';
}
