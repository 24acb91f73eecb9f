import { displayWidth, padToWidth } from '../cli/textWidth';
import { format, withinBudget, type BenchLine } from './benchResult';

const headers = ['what', 'median', 'p95', 'value', 'budget', 'ratio', ''];

/** The bench's one table, as Markdown (it goes into the README as printed). */
export function benchTable(lines: readonly BenchLine[]): string {
  const rows = lines.map((line) => [
    line.label,
    line.timing ? `${format(line.timing.medianMs)} ms` : '',
    line.timing ? `${format(line.timing.p95Ms)} ms` : '',
    `${format(line.value)} ${line.unit}`,
    `≤ ${format(line.budget)} ${line.unit}`,
    line.ratio
      ? `${format(line.ratio.value)}× ${line.ratio.baseline} (≤ ${format(line.ratio.budget)}×)`
      : '',
    withinBudget(line) ? 'ok' : 'MISS',
  ]);
  const all = [headers, ...rows];
  const widths = headers.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  const render = (row: string[]) =>
    `| ${row.map((cell, c) => padToWidth(cell, widths[c] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [render(headers), rule, ...rows.map(render)].join('\n') + '\n';
}
