import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { withTransaction } from '../../db/database';
import { insertStaff } from '../../db/repositories/staffRepository';
import { createTestDb } from '../../db/testing/createTestDb';
import { AppError } from '../../electron/contract/errors';
import type { ImportKind, ImportReport } from '../../electron/contract/schemas/import';
import { systemClock } from '../../electron/services/clock';
import { writeErrorsWorkbook } from '../../electron/services/excel/import/errorsWorkbook';
import { importWorkbook } from '../../electron/services/excel/import/importWorkbook';

/** What one import did in a process of its own, and the most memory that process ever held. */
export type ImportMemoryResult = {
  /** The import's Japanese refusal, or null when the file was read. */
  refusal: string | null;
  counts: ImportReport['counts'] | null;
  problemCounts: ImportReport['problemCounts'] | null;
  keptProblems: number;
  /** Rows written to the errors workbook (mode errors). */
  errorRows: number;
  seconds: number;
  /** Peak resident memory of the process: after opening the database, and in all. */
  startRssMb: number;
  peakRssMb: number;
};

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** Counts the bytes of the errors workbook without keeping them. */
function byteCounter(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}

/**
 * Runs one preview (or builds the errors workbook) of FILE against a fresh encrypted database,
 * as the app would, and prints an ImportMemoryResult as JSON. Usage:
 * importMemoryChild.ts FILE [consultations|agencies|resources] [preview|errors]
 */
async function main(): Promise<void> {
  const [file = '', kind = 'consultations', mode = 'preview'] = process.argv.slice(2);
  const test = createTestDb();
  try {
    const at = systemClock.now().toISOString();
    const staff = withTransaction(test.db, (tx) =>
      insertStaff(tx, { login: 'bench', displayName: 'ベンチ 太郎', role: 'admin', at, by: null }),
    );
    const actor = {
      staffId: staff.id,
      login: staff.login,
      displayName: staff.displayName,
      role: 'admin' as const,
    };
    const importFile = {
      fileName: path.basename(file),
      bytes: new Uint8Array(fs.readFileSync(file)),
    };
    const startRssMb = peakMb();
    const started = performance.now();
    const result: ImportMemoryResult = {
      refusal: null,
      counts: null,
      problemCounts: null,
      keptProblems: 0,
      errorRows: 0,
      seconds: 0,
      startRssMb,
      peakRssMb: 0,
    };
    try {
      if (mode === 'errors') {
        result.errorRows = await writeErrorsWorkbook(byteCounter(), {
          db: test.db,
          actor,
          clock: systemClock,
          kind: kind as ImportKind,
          file: importFile,
        });
      } else {
        const run = await importWorkbook(
          test.db,
          actor,
          systemClock,
          kind as ImportKind,
          importFile,
          {
            mode: 'preview',
            skipInvalid: false,
          },
        );
        result.counts = run.report.counts;
        result.problemCounts = run.report.problemCounts;
        result.keptProblems = run.report.problems.length;
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      result.refusal = error.message;
    }
    result.seconds = (performance.now() - started) / 1000;
    result.peakRssMb = peakMb();
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    test.cleanup();
  }
}

await main();
