import crypto from 'node:crypto';
import { withTransaction, type Db, type WriteTx } from '../../../../db/database';
import { stampFor } from '../../../../db/repositories/stamp';
import type { ImportRowStatus } from '../../../contract/schemas/import';
import type { ImportMapping } from '../../../contract/schemas/importWords';
import type { Actor } from '../../audit/actor';
import { appendAudit } from '../../audit/appendAudit';
import { todayInJapan } from '../../cases/japanDate';
import type { Clock } from '../../clock';
import { importReport, sampleRowCount, type ImportRun } from './importReport';
import type { ImportSpec, WriterTally } from './importSpec';
import { problemLog, type ProblemLog } from './problemLog';
import { readImportSheet, type ReadSheet } from './readImportSheet';
import { rowProblems } from './rowReader';
import { importLimits } from './source/importLimits';
import { openImportSource } from './source/openImportSource';

/** The file as received: its name (for messages and its kind: .xlsx, .csv …) and its bytes. */
export type ImportFile = { fileName: string; bytes: Uint8Array };

/**
 * preview: say what would happen and write nothing; import: write (all-or-nothing unless
 * skipInvalid). `mappings` read words of the file as list values (remembered once written).
 */
export type ImportOptions = {
  mode: 'preview' | 'import';
  skipInvalid: boolean;
  mappings?: readonly ImportMapping[];
};

/** What the transaction found: how many rows were written or already there, and the sample's fates. */
export type WriteResult = {
  ready: number;
  duplicates: number;
  sampleStatuses: Map<number, ImportRowStatus>;
  tally: WriterTally;
};

// Thrown to roll the transaction back after a preview or a refused import has been worked out.
class Rollback extends Error {
  constructor(readonly result: WriteResult) {
    super('rollback');
  }
}

function writeRows<K extends string, D>(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  spec: ImportSpec<K, D>,
  sheet: ReadSheet<K, D>,
  log: ProblemLog,
): WriteResult {
  const writer = spec.openWriter(
    { tx, actor, at, stamp: stampFor(at, actor.staffId) },
    sheet.valid.map((row) => row.draft),
  );
  const order = spec.writeOrder;
  const inOrder = order ? [...sheet.valid].sort((a, b) => order(a.draft, b.draft)) : sheet.valid;
  const sampled = new Set(sheet.sample.map((row) => row.rowNumber));
  const result: WriteResult = {
    ready: 0,
    duplicates: 0,
    sampleStatuses: new Map(),
    tally: writer.tally(),
  };
  for (const row of inOrder) {
    const problems = rowProblems(row.rowNumber, sheet.header.columns);
    const outcome = writer.write(row.draft, problems);
    log.add(problems.problems);
    if (outcome === 'ready') result.ready += 1;
    else result.duplicates += 1;
    if (sampled.has(row.rowNumber)) result.sampleStatuses.set(row.rowNumber, outcome);
  }
  return { ...result, tally: writer.tally() };
}

/** One audit row per preview or import: what kind, which file (its hash), the counts and ids. */
function audit(
  tx: WriteTx,
  actor: Actor,
  at: Date,
  spec: { kind: string; file: ImportFile; options: ImportOptions },
  counts: { rows: number; invalid: number },
  result: WriteResult,
  outcome: 'preview' | 'imported' | 'refused',
  mappingsRemembered = 0,
): void {
  appendAudit(tx, {
    at,
    actor,
    action: spec.options.mode === 'preview' ? 'import.preview' : 'import.run',
    target: { type: 'import', id: spec.kind },
    detail: {
      outcome,
      skipInvalid: spec.options.skipInvalid,
      fileSha256: crypto.createHash('sha256').update(spec.file.bytes).digest('hex'),
      rows: counts.rows,
      ready: result.ready,
      duplicates: result.duplicates,
      invalid: counts.invalid,
      imported: outcome === 'imported' ? result.ready : 0,
      mappings: spec.options.mappings?.length ?? 0,
      mappingsRemembered,
      ...result.tally,
    },
  });
}

/**
 * Reads the file as a stream (an .xlsx, a CSV or a TSV), checks every row against the office's
 * lists while reading, and works out the whole import inside ONE write transaction — matching,
 * duplicates and numbering see the rows written before them. A preview, or an import with an
 * invalid row and no skipInvalid, is then rolled back, so what the preview says is exactly what
 * the import does. Either way one audit row records it. A file that cannot be read, has no
 * recognisable headings, or is past the import's limits throws a VALIDATION error and changes
 * nothing. Memory stays bounded: only valid rows' drafts and the first problems are kept.
 */
export async function runImport<K extends string, D>(
  db: Db,
  actor: Actor,
  clock: Clock,
  spec: ImportSpec<K, D>,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportRun> {
  const source = await openImportSource(file);
  const log = problemLog(importLimits.keptProblems);
  const mappings = options.mappings ?? [];
  const prepared = spec.prepare({ db, actor, mappings });
  let sheet: ReadSheet<K, D>;
  try {
    sheet = await readImportSheet(source, spec.columns, prepared.parse, todayInJapan(clock), log, {
      sampleRows: sampleRowCount,
    });
  } finally {
    source.close();
  }
  const at = clock.now();
  const auditSpec = { kind: spec.kind, file, options };
  let result: WriteResult;
  let written = false;
  try {
    result = withTransaction(db, (tx) => {
      const found = writeRows(tx, actor, at, spec, sheet, log);
      const refused = sheet.invalid > 0 && !options.skipInvalid;
      if (options.mode === 'preview' || refused) throw new Rollback(found);
      const remembered = spec.remember?.(tx, mappings, at, actor.staffId) ?? 0;
      audit(tx, actor, at, auditSpec, sheet, found, 'imported', remembered);
      return found;
    });
    written = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    result = error.result;
    const outcome = options.mode === 'preview' ? 'preview' : 'refused';
    withTransaction(db, (tx) => {
      audit(tx, actor, at, auditSpec, sheet, error.result, outcome);
    });
  }
  return importReport({
    kind: spec.kind,
    fileName: file.fileName,
    source,
    sheet,
    log,
    result,
    written,
    words: prepared.words(),
  });
}
