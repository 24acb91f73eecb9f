import type { WriteTx } from '../../../../db/database';
import type { Stamp } from '../../../../db/repositories/stamp';
import type { ImportKind } from '../../../contract/schemas/import';
import type { Actor } from '../../audit/actor';
import type { SheetSpec } from './parseImportSheet';
import type { RowReader } from './rowReader';

/** What the writer gets inside the import's one transaction. */
export type WriteContext = { tx: WriteTx; actor: Actor; at: Date; stamp: Stamp };

/** A valid row's fate: written (ready), already in Kasane (duplicate), or refused by the database checks. */
export type DraftOutcome = 'ready' | 'duplicate' | 'invalid';

/** What a writer counts for the report and the audit row (ids, never content). */
export type WriterTally = {
  newPersons: number;
  matchedPersons: number;
  /** The first and last ids written to the kind's main table (rows of one transaction are consecutive). */
  firstId: number | null;
  lastId: number | null;
};

export type ImportWriter<K extends string, D> = {
  /**
   * Checks a valid draft against the database (lists, staff, duplicates) and writes it. Problems
   * go to `row`; an 'invalid' outcome must have recorded an error there and written nothing.
   */
  write: (draft: D, row: RowReader<K>) => DraftOutcome;
  /** Runs the same database checks on a row already refused, so its report is complete; writes nothing. */
  check: (partial: D, row: RowReader<K>) => void;
  tally: () => WriterTally;
};

/** One kind of import: how its sheet is read, and how its rows are written. */
export type ImportSpec<K extends string, D> = SheetSpec<K, D> & {
  kind: ImportKind;
  /**
   * Prepares the writer inside the transaction (statements, lists, counters); `drafts` are the
   * valid rows it will be given, so it can read what it needs for all of them at once.
   */
  openWriter: (context: WriteContext, drafts: readonly D[]) => ImportWriter<K, D>;
  /** The order valid rows are written in (file order when omitted). */
  writeOrder?: (a: D, b: D) => number;
};
