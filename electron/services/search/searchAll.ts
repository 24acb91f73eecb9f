import type { ReadDb } from '../../../db/database';
import type { SearchResult } from '../../contract/schemas/directory';
import type { ParsedInput } from '../../contract/types';
import type { Actor } from '../audit/actor';
import { caseHits } from './caseHits';
import { findCaseMatches } from './findCaseMatches';
import { searchPersons } from './searchPersons';
import { searchTerms } from './searchTerms';

/**
 * The one search box: people by 氏名, ふりがな (hiragana, katakana or half-width) and 電話, and
 * cases by number, by their person, and by words in 主訴 and notes — at most `limit` of each,
 * best matches first, and nothing the actor may not see (閲覧制限).
 */
export function searchAll(
  db: ReadDb,
  actor: Actor,
  input: ParsedInput<'search.query'>,
): SearchResult {
  const terms = searchTerms(input.q);
  const persons = searchPersons(db, actor, terms, input.limit);
  const matches = findCaseMatches(
    db,
    actor,
    terms,
    persons.map((p) => p.id),
    input.limit,
  );
  return { persons, cases: caseHits(db, matches, terms) };
}
