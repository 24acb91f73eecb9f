import { sql, type SQL } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import type { CaseHit } from '../../contract/schemas/directory';
import type { Actor } from '../audit/actor';
import { visibleCaseSql, visibleHouseholdSql } from '../cases/caseAccess';
import { ftsAllWords, prefixUpperBound } from './ftsQuery';
import type { SearchTerms } from './searchTerms';

/** A case found, where, and (for a note) which note. */
export type CaseMatch = { caseId: number; matchedIn: CaseHit['matchedIn']; noteId?: number };

/** Notes read per round while collecting distinct cases, and the most rounds. */
const noteBatch = 200;
const noteRounds = 5;

/**
 * Cases matching the query, best first: case number (exact, then starting with it), the people
 * found by name, then words in 主訴, then words in notes (newest first). Every query carries
 * the 閲覧制限 rule the case screen applies (case rule and household rule), so a case that
 * could not be opened is never found, nor are its notes.
 */
export function findCaseMatches(
  db: ReadDb,
  actor: Actor,
  terms: SearchTerms,
  personIds: number[],
  limit: number,
): CaseMatch[] {
  const household = visibleHouseholdSql(actor, sql`c.household_id`);
  const visible = sql`${visibleCaseSql(actor, 'c')} AND ${household}`;
  const casesWhere = (matchedIn: CaseMatch['matchedIn'], query: SQL) => (): CaseMatch[] =>
    db.all<{ id: number }>(query).map((row) => ({ caseId: row.id, matchedIn }));
  const steps: Array<() => CaseMatch[]> = [];

  const number = terms.caseNumber;
  if (number?.exact) {
    steps.push(
      casesWhere(
        'caseNumber',
        sql`SELECT c.id FROM support_case c WHERE c.case_number = ${number.exact} AND ${visible}`,
      ),
    );
  }
  if (number) {
    const [from, to] = [number.prefix, prefixUpperBound(number.prefix)];
    steps.push(
      casesWhere(
        'caseNumber',
        sql`SELECT c.id FROM support_case c
          WHERE c.case_number >= ${from} AND c.case_number < ${to} AND ${visible}
          ORDER BY c.case_number LIMIT ${limit}`,
      ),
    );
  }
  if (personIds.length > 0) {
    const people = sql.join(
      personIds.map((id) => sql`${id}`),
      sql`, `,
    );
    steps.push(
      casesWhere(
        'person',
        sql`SELECT c.id FROM support_case c WHERE c.person_id IN (${people}) AND ${visible}
          ORDER BY c.received_on DESC, c.id DESC LIMIT ${limit}`,
      ),
    );
  }
  if (terms.longWords.length > 0) {
    const match = ftsAllWords(terms.longWords);
    const shortWords = containsAll(sql`case_fts.body`, terms.shortWords);
    steps.push(
      casesWhere(
        'chiefComplaint',
        sql`SELECT c.id FROM case_fts CROSS JOIN support_case c ON c.id = case_fts.rowid
          WHERE case_fts MATCH ${match} AND ${visible} AND ${shortWords}
          ORDER BY case_fts.rowid DESC LIMIT ${limit}`,
      ),
    );
    steps.push(() => noteMatches(db, visible, match, terms.shortWords, limit));
  }

  const found = new Map<number, CaseMatch>();
  for (const step of steps) {
    if (found.size >= limit) break;
    for (const hit of step()) if (!found.has(hit.caseId)) found.set(hit.caseId, hit);
  }
  return [...found.values()].slice(0, limit);
}

/**
 * The newest note per case among notes containing the words, for up to `limit` cases. Read in
 * rounds of `noteBatch` newest-first, so a word in thousands of notes of a few cases costs at
 * most `noteRounds` rounds, not a read of every note.
 */
function noteMatches(
  db: ReadDb,
  visible: SQL,
  match: string,
  shortWords: string[],
  limit: number,
): CaseMatch[] {
  const found = new Map<number, CaseMatch>();
  let before = Number.MAX_SAFE_INTEGER;
  for (let round = 0; round < noteRounds && found.size < limit; round += 1) {
    const rows = db.all<{ noteId: number; caseId: number }>(sql`SELECT
        n.id AS noteId, n.case_id AS caseId
      FROM note_fts CROSS JOIN progress_note n ON n.id = note_fts.rowid
      CROSS JOIN support_case c ON c.id = n.case_id
      WHERE note_fts MATCH ${match} AND note_fts.rowid < ${before} AND ${visible}
        AND n.withdrawn_at IS NULL
        AND ${containsAll(sql`note_fts.body`, shortWords)}
      ORDER BY note_fts.rowid DESC LIMIT ${noteBatch}`);
    for (const row of rows) {
      if (!found.has(row.caseId)) {
        found.set(row.caseId, { caseId: row.caseId, matchedIn: 'note', noteId: row.noteId });
      }
    }
    const last = rows.at(-1);
    if (rows.length < noteBatch || !last) break;
    before = last.noteId;
  }
  return [...found.values()].slice(0, limit);
}

/** Words too short for trigrams, checked in the indexed text of the trigram hits. */
function containsAll(body: SQL, words: string[]): SQL {
  if (words.length === 0) return sql`1`;
  return sql.join(
    words.map((word) => sql`instr(lower(${body}), ${word.toLowerCase()}) > 0`),
    sql` AND `,
  );
}
