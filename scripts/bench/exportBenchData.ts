import { parseArgs } from 'node:util';
import type { Db } from '../../db/database';
import { anyRole } from '../../electron/contract/roles';
import type { Actor } from '../../electron/services/audit/actor';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock, type Clock } from '../../electron/services/clock';
import { benchAccount, prepareDataset } from './benchDataset';
import { isBenchScale } from './benchScales';

/** An unlocked data set for the export benches, and how to close it. */
export type ExportBenchData = {
  dataDir: string;
  db: Db;
  actor: Actor;
  clock: Clock;
  close: () => void;
};

/**
 * The data set the export benches run on: `--data DIR` (logging in with KASANE_USER and
 * KASANE_PASSWORD, e.g. a folder filled by `cli demo`), else the bench's cached demo data set of
 * `--scale town|city` (city: 40,000 households, about 100,000 cases; generated once, minutes).
 */
export function openExportBenchData(
  argv: string[],
  defaultScale: 'town' | 'city',
): ExportBenchData {
  const { values } = parseArgs({
    args: argv,
    options: { data: { type: 'string' }, scale: { type: 'string', default: defaultScale } },
    strict: false,
  });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let dataDir: string;
  let login: string;
  let password: string;
  if (typeof values.data === 'string') {
    dataDir = values.data;
    login = process.env.KASANE_USER ?? '';
    password = process.env.KASANE_PASSWORD ?? '';
  } else {
    const scale = String(values.scale);
    if (!isBenchScale(scale)) throw new Error(`--scale は town か city です（指定: ${scale}）`);
    dataDir = prepareDataset(scale, { fresh: false, log }).dataDir;
    ({ login, password } = benchAccount);
  }
  const session = new SessionManager({ dataDir, clock: systemClock, channel: 'cli' });
  session.login(login, password);
  const { db, actor } = session.requireUnlocked(anyRole);
  return { dataDir, db, actor, clock: systemClock, close: () => session.shutdown() };
}

/** Whether this module is the script node was started with (run directly, not imported). */
export function isMainModule(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && new URL(moduleUrl).pathname === script;
}
