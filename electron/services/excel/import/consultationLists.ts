import type { ReadDb } from '../../../../db/database';
import { codeListRows } from '../../../../db/repositories/codeListRepository';
import {
  defaultIssueTags,
  fields,
  routes,
  type Field,
  type Route,
} from '../../../contract/caseCodes';
import type { ImportWordList } from '../../../contract/schemas/importWords';
import { mappingTable, type MappingTable } from './importMappings';
import { fieldWords, routeWords } from './listWords';
import { wordList, type WordList } from './splitByList';
import { staffByName, type StaffLookup } from './staffByName';
import { wordTally, type WordTally } from './wordTally';

/** What a 相談受付簿's coded columns are read against: the office's lists, and the file's mappings. */
export type ConsultationLists = {
  route: WordList<Route>;
  field: WordList<Field>;
  /** The 課題 list's labels, active and retired (old ledgers use retired words too). */
  tag: WordList<string>;
  staff: (written: string) => StaffLookup;
  mappings: MappingTable;
  /** Where the words the lists did not take as written are counted, for the wizard. */
  words: WordTally;
};

const emptyMappings = mappingTable([], []);
const routeCodes = new Set<string>(routes.codes);
const fieldCodes = new Set<string>(fields.codes);

/** The mapped words of a list whose value is still a value of it (a code, a label on the list). */
function mappedTo<V extends string>(
  mappings: MappingTable,
  list: ImportWordList,
  valid: (to: string) => to is V,
): Array<readonly [string, V]> {
  return mappings
    .words(list)
    .flatMap(([written, to]) => (to !== null && valid(to) ? [[written, to] as const] : []));
}

/**
 * Reads the lists once per import. A 課題 list never filled is read as the defaults the import
 * will fill it with, so a preview says what the import does.
 */
export function consultationLists(
  db: ReadDb,
  mappings: MappingTable = emptyMappings,
): ConsultationLists {
  const rows = codeListRows(db, 'issueTag');
  const labels = rows.length > 0 ? rows.map((row) => row.label) : [...defaultIssueTags];
  return listsOf(labels, staffByName(db, mappings), mappings);
}

/** The lists from 課題 labels, a staff lookup and the mappings (tests give them without a database). */
export function listsOf(
  tagLabels: readonly string[],
  staff: ConsultationLists['staff'],
  mappings: MappingTable = emptyMappings,
): ConsultationLists {
  const labelSet = new Set(tagLabels);
  return {
    route: wordList(
      routeWords,
      mappedTo(mappings, 'route', (to): to is Route => routeCodes.has(to)),
    ),
    field: wordList(
      fieldWords,
      mappedTo(mappings, 'field', (to): to is Field => fieldCodes.has(to)),
    ),
    tag: wordList(
      tagLabels.map((label) => [label, label] as const),
      mappedTo(mappings, 'tag', (to): to is string => labelSet.has(to)),
    ),
    staff,
    mappings,
    words: wordTally(),
  };
}
