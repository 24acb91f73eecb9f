import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { adminOnly } from '../../electron/contract/roles';
import { SessionManager } from '../../electron/services/auth/sessionManager';
import { systemClock } from '../../electron/services/clock';
import {
  initializeDataFolder,
  isInitialized,
} from '../../electron/services/setup/initializeDataFolder';
import { generateDemo } from '../demo/generateDemo';
import { benchScales, type BenchScale } from './benchScales';

/** The bench's own account in its throw-away data folder. */
export const benchAccount = { login: 'bench', password: 'bench-password-2026' } as const;

/** The demo's "today": fixed, so every run measures the same rows. */
export const benchToday = '2026-11-20';

export type BenchDataset = { dataDir: string; reused: boolean; generateSeconds: number };

/**
 * A data folder holding the scale's demo data. Generating the city takes minutes, so the folder
 * is kept in the temp folder and reused while the schema and the demo generator are unchanged
 * (its name carries a hash of both); `fresh` always generates anew.
 */
export function prepareDataset(
  scale: BenchScale,
  options: { fresh: boolean; log: (line: string) => void },
): BenchDataset {
  const dataDir = path.join(os.tmpdir(), 'kasane-bench', `${scale}-${sourceHash()}`);
  if (!options.fresh && isInitialized(dataDir) && fs.existsSync(path.join(dataDir, 'ready'))) {
    options.log(`データを再利用します: ${dataDir}`);
    return { dataDir, reused: true, generateSeconds: 0 };
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  removeStaleDatasets(path.dirname(dataDir), scale);
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  initializeDataFolder(
    dataDir,
    { ...benchAccount, displayName: 'ベンチ', municipalityName: 'みどり町' },
    systemClock,
  );
  const session = new SessionManager({ dataDir, clock: systemClock, channel: 'cli' });
  const started = performance.now();
  try {
    session.login(benchAccount.login, benchAccount.password);
    const { db, actor } = session.requireUnlocked(adminOnly);
    const size = benchScales[scale];
    let lastShown = 0;
    generateDemo(db, {
      seed: 1,
      ...size,
      today: benchToday,
      actorStaffId: actor.staffId,
      onProgress: ({ households, total }) => {
        const percent = Math.floor((households / total) * 100);
        if (percent >= lastShown + 10) {
          lastShown = percent;
          options.log(`デモデータ ${percent}%`);
        }
      },
    });
  } finally {
    session.shutdown();
  }
  fs.writeFileSync(path.join(dataDir, 'ready'), '');
  return { dataDir, reused: false, generateSeconds: (performance.now() - started) / 1000 };
}

/** Data sets of this scale made by older code: a city's is over a gigabyte, so they go. */
function removeStaleDatasets(parent: string, scale: BenchScale): void {
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    if (name.startsWith(`${scale}-`))
      fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/** A short hash of the migrations and the demo generator: data made by other code is not reused. */
function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const demoFolder = path.join(path.dirname(sourceMigrationsFolder), '..', 'scripts', 'demo');
  for (const folder of [sourceMigrationsFolder, demoFolder]) {
    for (const name of fs.readdirSync(folder).sort()) {
      const file = path.join(folder, name);
      if (fs.statSync(file).isFile()) hash.update(name).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}
