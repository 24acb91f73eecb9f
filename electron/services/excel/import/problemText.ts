import type { ImportProblem } from '../../../contract/schemas/import';

/** Where a problem is, in Excel terms: 「B列（受付日）」, or '' for the whole row. */
export function problemPlace(problem: Pick<ImportProblem, 'letter' | 'header'>): string {
  if (problem.letter === null) return '';
  return problem.header === null
    ? `${problem.letter}列`
    : `${problem.letter}列（${problem.header}）`;
}

/** One line per problem: 「12行目 B列（受付日）: 存在しない日付です（2025/2/30）」. */
export function problemLine(problem: ImportProblem): string {
  const row = problem.row === null ? '' : `${problem.row}行目 `;
  const place = problemPlace(problem);
  return `${row}${place === '' ? '' : `${place}: `}${problem.message}`;
}
