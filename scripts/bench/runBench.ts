import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/database';
import { anyRole } from '../../electron/contract/roles';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';
import { benchAccount, prepareDataset } from './benchDataset';
import { benchMeasures, folderMeasures, tableOrder } from './benchMeasures';
import { misses, type BenchLine } from './benchResult';
import type { BenchScale } from './benchScales';
import { benchTable } from './benchTable';

export type BenchOptions = {
  scale: BenchScale;
  fresh: boolean;
  /** Only the measurements with these names (all when empty). */
  only: readonly string[];
  jsonPath: string;
  log: (line: string) => void;
};

export type BenchReport = {
  scale: BenchScale;
  measuredAt: string;
  node: string;
  datasetSeconds: number;
  reusedDataset: boolean;
  lines: BenchLine[];
  misses: string[];
};

/**
 * Runs the bench: the data set (generated or reused), then each measurement on the unlocked
 * database as the app holds it. A measurement that throws becomes a miss, not a crash, so one
 * broken line does not hide the others.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const dataset = prepareDataset(options.scale, options);
  const session = new SessionManager({
    dataDir: dataset.dataDir,
    clock: systemClock,
    channel: 'cli',
  });
  const measured: Array<{ name: string; lines: BenchLine[] }> = [];
  const failures: string[] = [];
  const selected = (name: string) => options.only.length === 0 || options.only.includes(name);
  for (const { name, measure } of folderMeasures) {
    if (!selected(name)) continue;
    options.log(`計測中: ${name}`);
    try {
      measured.push({ name, lines: measure(dataset.dataDir) });
    } catch (error) {
      failures.push(`${name}: 計測できませんでした（${String(error)}）`);
    }
  }
  try {
    session.login(benchAccount.login, benchAccount.password);
    const { db, actor } = session.requireUnlocked(anyRole);
    const context = {
      scale: options.scale,
      dataDir: dataset.dataDir,
      db,
      sqlite: sqliteOf(db),
      actor,
      clock: systemClock,
      log: options.log,
    };
    for (const { name, measure } of benchMeasures) {
      if (!selected(name)) continue;
      options.log(`計測中: ${name}`);
      try {
        measured.push({ name, lines: await measure(context) });
      } catch (error) {
        failures.push(`${name}: 計測できませんでした（${String(error)}）`);
      }
    }
  } finally {
    session.shutdown();
  }
  const place = (name: string) => tableOrder.indexOf(name);
  const lines = measured.sort((a, b) => place(a.name) - place(b.name)).flatMap((m) => m.lines);
  const report: BenchReport = {
    scale: options.scale,
    measuredAt: new Date().toISOString(),
    node: process.version,
    datasetSeconds: dataset.generateSeconds,
    reusedDataset: dataset.reused,
    lines,
    misses: [...misses(lines), ...failures],
  };
  fs.mkdirSync(path.dirname(options.jsonPath), { recursive: true });
  fs.writeFileSync(options.jsonPath, JSON.stringify(report, null, 2) + '\n');
  return report;
}

/** What the bench prints: the table, then the misses (or that there are none). */
export function formatReport(report: BenchReport): string {
  const head = `Kasane bench — ${report.scale} (${report.node}, ${report.measuredAt})\n\n`;
  const tail =
    report.misses.length === 0
      ? '\nすべて予算内です。\n'
      : `\n予算超過 ${report.misses.length} 件:\n${report.misses.map((m) => `  - ${m}`).join('\n')}\n`;
  const notes = report.lines
    .filter((line) => line.note !== undefined)
    .map((line) => `  - ${line.label}: ${line.note ?? ''}`);
  const noteText = notes.length === 0 ? '' : `\n補足:\n${notes.join('\n')}\n`;
  return head + benchTable(report.lines) + noteText + tail;
}

/** The better-sqlite3 handle under the session's drizzle handle (drizzle keeps it as $client). */
function sqliteOf(db: Db): Database.Database {
  const client = (db as Db & { $client?: Database.Database }).$client;
  if (client === undefined) throw new Error('the database handle has no better-sqlite3 client');
  return client;
}
