import { describe, expect, it } from 'vitest';
import type { ActivityView } from '../../../../electron/contract/schemas/activity';
import { activityTotals } from './activityTotals';

const activity = (counts: Partial<ActivityView>) =>
  ({
    participants: 0,
    participantsElderly: null,
    participantsDisability: null,
    participantsChildren: null,
    participantsOther: null,
    ...counts,
  }) as ActivityView;

describe('activityTotals', () => {
  it('adds participants and the groups recorded', () => {
    const totals = activityTotals([
      activity({ participants: 12, participantsElderly: 8, participantsChildren: 3 }),
      activity({ participants: 30 }),
      activity({ participants: 5, participantsDisability: 2, participantsOther: 3 }),
    ]);
    expect(totals).toEqual({
      count: 3,
      participants: 47,
      elderly: 8,
      disability: 2,
      children: 3,
      other: 3,
    });
  });

  it('is zero for no activities', () => {
    expect(activityTotals([]).count).toBe(0);
  });
});
