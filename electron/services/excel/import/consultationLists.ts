import type { ReadDb } from '../../../../db/database';
import { codeListRows } from '../../../../db/repositories/codeListRepository';
import { defaultIssueTags, type Field, type Route } from '../../../contract/caseCodes';
import { fieldWords, routeWords } from './listWords';
import { wordList, type WordList } from './splitByList';
import { staffByName, type StaffLookup } from './staffByName';

/** What a 相談受付簿's coded columns are read against: the office's lists as they are now. */
export type ConsultationLists = {
  route: WordList<Route>;
  field: WordList<Field>;
  /** The 課題 list's labels, active and retired (old ledgers use retired words too). */
  tag: WordList<string>;
  staff: (written: string) => StaffLookup;
};

/**
 * Reads the lists once per import. A 課題 list never filled is read as the defaults the import
 * will fill it with, so a preview says what the import does.
 */
export function consultationLists(db: ReadDb): ConsultationLists {
  const rows = codeListRows(db, 'issueTag');
  const labels = rows.length > 0 ? rows.map((row) => row.label) : [...defaultIssueTags];
  return listsOf(labels, staffByName(db));
}

/** The lists from 課題 labels and a staff lookup (tests give them without a database). */
export function listsOf(
  tagLabels: readonly string[],
  staff: ConsultationLists['staff'],
): ConsultationLists {
  return {
    route: wordList(routeWords),
    field: wordList(fieldWords),
    tag: wordList(tagLabels.map((label) => [label, label] as const)),
    staff,
  };
}
