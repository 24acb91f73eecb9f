/** Something that stops packaging: Japanese for the office, English for the build log. */
export type DistProblem = { ja: string; en: string };

/**
 * A block of problems under a heading, each in Japanese with its English below, then the
 * closing advice, so whoever reads the log in either language gets the whole story.
 */
export function formatProblems(
  heading: DistProblem,
  problems: readonly DistProblem[],
  advice: readonly DistProblem[] = [],
): string {
  const lines = [heading.ja, heading.en, ''];
  for (const problem of problems) {
    lines.push(`  ✗ ${problem.ja}`, `    ${problem.en}`);
  }
  if (advice.length > 0) lines.push('');
  for (const line of advice) lines.push(line.ja, line.en);
  return lines.join('\n') + '\n';
}
