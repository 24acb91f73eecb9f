import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { withTransaction, type Db } from '../../../db/database';
import { sourceMigrationsFolder } from '../../../db/migrationsFolder';
import { insertStaff } from '../../../db/repositories/staffRepository';
import * as schema from '../../../db/schema';
import { cacheStatements } from '../../../db/statementCache';
import { createTempDir, createTestDb } from '../../../db/testing/createTestDb';
import type { Actor } from '../../../electron/services/audit/actor';
import { systemClock } from '../../../electron/services/clock';
import { importWorkbook } from '../../../electron/services/excel/import/importWorkbook';
import { benchToday } from '../benchDataset';
import type { Measure } from '../benchContext';
import type { BenchLine } from '../benchResult';
import { generateLedger } from '../importBench';
import { benchReport } from '../reportBench';
import { summarize } from '../timing';

/** monthly report: both columns counted and the workbook written, on the data set. */
export const reportBench: Measure = async ({ db }) => {
  // The last whole month before the data set's "today", as the office sends it.
  const [year = 2026, monthOfYear = 11] = benchToday.split('-').map(Number);
  const month =
    monthOfYear === 1 ? `${year - 1}-12` : `${year}-${String(monthOfYear - 1).padStart(2, '0')}`;
  const result = await benchReport(db, month, 10);
  return [
    {
      id: 'reportExport',
      label: `月次実績報告のExcel（${month}）`,
      timing: result.workbook,
      value: result.workbook.p95Ms,
      unit: 'ms',
      budget: 1000,
    },
  ];
};

/**
 * A fresh database as the app opens it (WAL, foreign keys, synchronous=FULL, statement cache,
 * migrations) with one staff member to act as — encrypted (the app's own) or, for the
 * encryption overhead only, a plain SQLite file. Never used outside the bench.
 */
function freshDatabase(encrypted: boolean): { db: Db; actor: Actor; close: () => void } {
  let db: Db;
  let close: () => void;
  if (encrypted) {
    const test = createTestDb();
    db = test.db;
    close = test.cleanup;
  } else {
    const dir = createTempDir('kasane-bench-plain-');
    const sqlite = new Database(path.join(dir, 'plain.db'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = FULL');
    cacheStatements(sqlite);
    db = drizzle({ client: sqlite, schema });
    migrate(db, { migrationsFolder: sourceMigrationsFolder });
    close = () => {
      sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  const at = systemClock.now().toISOString();
  const staff = withTransaction(db, (tx) =>
    insertStaff(tx, { login: 'bench', displayName: 'ベンチ', role: 'admin', at, by: null }),
  );
  return {
    db,
    actor: { staffId: staff.id, login: staff.login, displayName: staff.displayName, role: 'admin' },
    close,
  };
}

/** One import of the ledger into a fresh database; wall time in ms. */
async function timeImport(bytes: Uint8Array, encrypted: boolean): Promise<number> {
  const fresh = freshDatabase(encrypted);
  try {
    const started = performance.now();
    const run = await importWorkbook(
      fresh.db,
      fresh.actor,
      systemClock,
      'consultations',
      {
        fileName: 'bench.xlsx',
        bytes,
      },
      { mode: 'import', skipInvalid: false },
    );
    const elapsed = performance.now() - started;
    if (run.report.counts.imported === 0) throw new Error('the ledger imported nothing');
    return elapsed;
  } finally {
    fresh.close();
  }
}

/**
 * import of a 10,000-row 相談受付簿 (read, parse, match, write, audit — one transaction), and
 * the same import on an unencrypted file: the ratio is what encryption costs.
 */
export const importBench: Measure = async ({ log }) => {
  const bytes = await generateLedger(10_000);
  const encrypted: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < 3; i++) {
    log(`取り込み ${i + 1}/3`);
    encrypted.push(await timeImport(bytes, true));
    plain.push(await timeImport(bytes, false));
  }
  const timing = summarize(encrypted);
  const baseline = summarize(plain);
  const lines: BenchLine[] = [
    {
      id: 'import10k',
      label: '相談受付簿 10,000行の取り込み',
      timing,
      value: timing.p95Ms,
      unit: 'ms',
      budget: 3000,
    },
    {
      id: 'encryptionOverhead',
      label: '暗号化の負担（同じ取り込み：暗号化あり÷なし）',
      timing: baseline,
      value: timing.medianMs / baseline.medianMs,
      unit: '×',
      budget: 1.6,
      note: `暗号化なし 中央値 ${baseline.medianMs.toFixed(0)} ms`,
    },
  ];
  return lines;
};
