import { eq, inArray } from 'drizzle-orm';
import type { ReadDb } from '../../../db/database';
import { person, progressNote, supportCase } from '../../../db/schema';
import type { CaseHit } from '../../contract/schemas/directory';
import { excerptAround, findMatch } from './excerpt';
import type { CaseMatch } from './findCaseMatches';
import type { SearchTerms } from './searchTerms';

/**
 * The result lines for matched cases, in match order, each with an excerpt of the stored text
 * around the words (主訴 or the note), or the start of the 主訴 for number and name matches.
 */
export function caseHits(db: ReadDb, matches: CaseMatch[], terms: SearchTerms): CaseHit[] {
  if (matches.length === 0) return [];
  const cases = new Map(
    db
      .select({
        id: supportCase.id,
        caseNumber: supportCase.caseNumber,
        personName: person.name,
        stage: supportCase.stage,
        receivedOn: supportCase.receivedOn,
        chiefComplaint: supportCase.chiefComplaint,
      })
      .from(supportCase)
      .innerJoin(person, eq(person.id, supportCase.personId))
      .where(
        inArray(
          supportCase.id,
          matches.map((m) => m.caseId),
        ),
      )
      .all()
      .map((row) => [row.id, row]),
  );
  const noteIds = matches.flatMap((m) => (m.noteId === undefined ? [] : [m.noteId]));
  const notes = new Map(
    noteIds.length === 0
      ? []
      : db
          .select({
            id: progressNote.id,
            counterpart: progressNote.counterpart,
            facts: progressNote.facts,
            assessment: progressNote.assessment,
            nextAction: progressNote.nextAction,
          })
          .from(progressNote)
          .where(inArray(progressNote.id, noteIds))
          .all()
          .map((row) => [row.id, [row.facts, row.assessment, row.nextAction, row.counterpart]]),
  );
  const words = [...terms.longWords.flat(), ...terms.shortWords];

  return matches.flatMap((match): CaseHit[] => {
    const row = cases.get(match.caseId);
    if (!row) return [];
    const { chiefComplaint, ...line } = row;
    let matchedIn = match.matchedIn;
    let excerpt = excerptAround(chiefComplaint, []);
    if (matchedIn === 'chiefComplaint') {
      // case_fts also indexes the case number; a hit only there is a number match.
      if (findMatch(chiefComplaint, words)) excerpt = excerptAround(chiefComplaint, words);
      else matchedIn = 'caseNumber';
    } else if (matchedIn === 'note' && match.noteId !== undefined) {
      const texts = notes.get(match.noteId) ?? [];
      excerpt = excerptAround(
        texts.find((text) => findMatch(text, words)) ?? texts[0] ?? '',
        words,
      );
    }
    return [{ ...line, matchedIn, excerpt }];
  });
}
