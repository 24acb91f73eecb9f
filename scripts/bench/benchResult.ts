import type { Timing } from './timing';

/**
 * One line of the bench table. `budget` is checked against `value` (a time in ms, a size in KB or
 * MB, or a ratio); `ratio` is the line's ratio to its baseline where it has one.
 */
export type BenchLine = {
  id: string;
  /** What was measured, as the README table shows it. */
  label: string;
  timing?: Timing;
  /** The figure the budget applies to, in `unit`. */
  value: number;
  unit: 'ms' | 'KB' | 'MB' | '×' | '件';
  budget: number;
  /** A second budget: the ratio to a baseline measured in the same run (e.g. raw SQL). */
  ratio?: { value: number; budget: number; baseline: string };
  note?: string;
};

/** A line the budgets allow. */
export function withinBudget(line: BenchLine): boolean {
  const ratioOk = line.ratio === undefined || line.ratio.value <= line.ratio.budget;
  return line.value <= line.budget && ratioOk;
}

/** The lines over budget, each as one sentence for the list of misses. */
export function misses(lines: readonly BenchLine[]): string[] {
  return lines.filter((line) => !withinBudget(line)).map(describeMiss);
}

function describeMiss(line: BenchLine): string {
  const parts: string[] = [];
  if (line.value > line.budget) {
    parts.push(`${format(line.value)} ${line.unit} > ${format(line.budget)} ${line.unit}`);
  }
  if (line.ratio && line.ratio.value > line.ratio.budget) {
    parts.push(
      `${format(line.ratio.value)}× ${line.ratio.baseline} > ${format(line.ratio.budget)}×`,
    );
  }
  return `${line.label}: ${parts.join(', ')}`;
}

export function format(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (n >= 100) return n.toFixed(0);
  if (n >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
