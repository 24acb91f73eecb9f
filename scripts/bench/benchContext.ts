import type Database from 'better-sqlite3';
import type { Db } from '../../db/database';
import type { Actor } from '../../electron/services/audit/actor';
import type { Clock } from '../../electron/services/clock';
import type { BenchLine } from './benchResult';
import type { BenchScale } from './benchScales';

/** What every measurement gets: the unlocked database of the data set, as the app would hold it. */
export type BenchContext = {
  scale: BenchScale;
  dataDir: string;
  db: Db;
  sqlite: Database.Database;
  actor: Actor;
  clock: Clock;
  log: (line: string) => void;
};

/** One measurement: one or more lines of the table. */
export type Measure = (context: BenchContext) => BenchLine[] | Promise<BenchLine[]>;

/**
 * A measurement of opening the data folder itself: it runs before the bench's own session opens
 * the database, as on an office PC where nobody else has the file open.
 */
export type FolderMeasure = (dataDir: string) => BenchLine[];
