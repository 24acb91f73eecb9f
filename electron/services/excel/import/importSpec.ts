import type { Db, WriteTx } from '../../../../db/database';
import type { Stamp } from '../../../../db/repositories/stamp';
import type { ImportKind } from '../../../contract/schemas/import';
import type { ImportMapping, ImportWord } from '../../../contract/schemas/importWords';
import type { Actor } from '../../audit/actor';
import type { ColumnSpec } from './columnSpec';
import type { RowParser } from './readImportSheet';

/** What a kind without coded words gives: its row parser, no words. */
export function withoutWords<K extends string, D>(parse: RowParser<K, D>): PreparedRows<K, D> {
  return { parse, words: () => ({ words: [], more: 0 }) };
}
import type { RowProblems } from './rowReader';

/** What the writer gets inside the import's one transaction. */
export type WriteContext = { tx: WriteTx; actor: Actor; at: Date; stamp: Stamp };

/** A valid row's fate: written (ready), or already in Kasane (duplicate). */
export type DraftOutcome = 'ready' | 'duplicate';

/** What a writer counts for the report and the audit row (ids, never content). */
export type WriterTally = {
  newPersons: number;
  matchedPersons: number;
  /** The first and last ids written to the kind's main table (rows of one transaction are consecutive). */
  firstId: number | null;
  lastId: number | null;
};

export type ImportWriter<K extends string, D> = {
  /** Writes a valid draft, or finds it already there; warnings go to `row`. */
  write: (draft: D, row: RowProblems<K>) => DraftOutcome;
  tally: () => WriterTally;
};

/** What preparing a row parser may read: the database as it is before the import, and the file's mappings. */
export type ParseSetup = { db: Db; actor: Actor; mappings: readonly ImportMapping[] };

/** A row parser for one import, and the words of the file its lists did not take as written. */
export type PreparedRows<K extends string, D> = {
  parse: RowParser<K, D>;
  words: () => { words: ImportWord[]; more: number };
};

/**
 * One kind of import: its columns, how a row is read and checked (every check that can refuse a
 * row is made here, while reading, so the errors workbook needs no database writes), and how
 * valid rows are written.
 */
export type ImportSpec<K extends string, D> = {
  kind: ImportKind;
  columns: readonly ColumnSpec<K>[];
  /** The row parser for one import, with the lists it checks against read once. */
  prepare: (setup: ParseSetup) => PreparedRows<K, D>;
  /** Keeps the mappings a written import was given, for the next one; returns how many. */
  remember?: (tx: WriteTx, given: readonly ImportMapping[], at: Date, by: number) => number;
  /**
   * Prepares the writer inside the transaction (statements, counters); `drafts` are the valid
   * rows it will be given, so it can read what it needs for all of them at once.
   */
  openWriter: (context: WriteContext, drafts: readonly D[]) => ImportWriter<K, D>;
  /** The order valid rows are written in (file order when omitted). */
  writeOrder?: (a: D, b: D) => number;
};
