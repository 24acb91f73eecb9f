import { describe, expect, it } from 'vitest';
import { myCasesFilters, stageRows } from './myCasesByStage';

describe('my cases by stage', () => {
  it('lists stages with cases, in stage order', () => {
    expect(stageRows({ support: 4, intake: 2, planning: 0 })).toEqual([
      { stage: 'intake', count: 2 },
      { stage: 'support', count: 4 },
    ]);
  });

  it('opens ケース一覧 on my open cases of that stage', () => {
    expect(myCasesFilters(7, 'support')).toMatchObject({
      status: 'open',
      staffId: '7',
      stages: ['support'],
    });
    expect(myCasesFilters(7, null).stages).toEqual([]);
  });
});
