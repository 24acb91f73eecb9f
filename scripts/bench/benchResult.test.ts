import { describe, expect, it } from 'vitest';
import { misses, withinBudget, type BenchLine } from './benchResult';
import { benchTable } from './benchTable';
import { cycle, quantile, summarize } from './timing';

const line = (patch: Partial<BenchLine>): BenchLine => ({
  id: 'x',
  label: 'ケース詳細',
  value: 10,
  unit: 'ms',
  budget: 20,
  ...patch,
});

describe('bench budgets', () => {
  it('passes a line within its budget and its ratio budget', () => {
    expect(withinBudget(line({}))).toBe(true);
    expect(withinBudget(line({ ratio: { value: 1.5, budget: 2, baseline: 'raw SQL' } }))).toBe(
      true,
    );
  });

  it('lists a line over its budget or over its ratio, saying which', () => {
    const found = misses([
      line({ value: 25 }),
      line({ label: '一覧', ratio: { value: 3, budget: 2, baseline: 'raw SQL' } }),
      line({ label: '検索' }),
    ]);
    expect(found).toEqual(['ケース詳細: 25.0 ms > 20.0 ms', '一覧: 3.00× raw SQL > 2.00×']);
  });

  it('prints one table row per line, marking misses', () => {
    const table = benchTable([line({}), line({ label: '一覧', value: 30 })]);
    expect(table.split('\n').filter((row) => row.startsWith('|'))).toHaveLength(4);
    expect(table).toMatch(/ケース詳細.*\| ok/u);
    expect(table).toMatch(/一覧.*\| MISS/u);
  });
});

describe('timing', () => {
  it('takes quantiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(summarize([3, 1, 2])).toMatchObject({ runs: 3, medianMs: 2, maxMs: 3 });
  });

  it('goes round a sample and refuses an empty one', () => {
    expect(cycle(['a', 'b'], 3)).toBe('b');
    expect(() => cycle([], 0)).toThrow(/empty/u);
  });
});

describe('bench table order', () => {
  it('places every measurement once, whichever process measures it', async () => {
    const { benchMeasures, folderMeasures, tableOrder } = await import('./benchMeasures');
    const names = [...folderMeasures, ...benchMeasures].map((m) => m.name);
    expect([...tableOrder].sort()).toEqual([...names].sort());
  });
});
