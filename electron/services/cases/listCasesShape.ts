import type { ParsedInput } from '../../contract/types';
import { stagesShown, type FilterShape } from './listCasesFilters';

/** What a page's shape is chosen from: matching cases, and cases in the shown stages. */
export type PageMatches = { matches: number; inStages: number };

/**
 * How a page query reads, chosen to read the fewest rows.
 *
 * Walking the sort order's index stops after one page, and while 1 case in k matches it reads
 * about k rows per row shown: quick for common filters, but a rare 課題 or a staff member with few
 * cases makes it read every case of the stages (45 ms at 100k cases to find none). Reading every
 * match from its own index and sorting reads exactly the matches. So: the matches themselves when
 * there are fewer of them than the walk would read (matches ≤ (page + 1) × inStages ÷ matches);
 * otherwise the walk — along one stage's own index when one stage is shown (受付 cases are the
 * newest, so in ケース番号 order they come after every older case: about 1 s at 100k cases),
 * along the sort order's index otherwise.
 *
 * Without `counts` (the case list export reads every row anyway) the walk is chosen.
 */
export function pageShape(input: ParsedInput<'case.list'>, counts?: PageMatches): FilterShape {
  if (counts && counts.matches * counts.matches <= (input.limit + 1) * counts.inStages) {
    return 'set';
  }
  return stagesShown(input)?.length === 1 ? 'stage' : 'probe';
}
