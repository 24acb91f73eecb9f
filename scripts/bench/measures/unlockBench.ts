import { SessionManager } from '../../../electron/services/auth/sessionManager';
import { systemClock } from '../../../electron/services/clock';
import { benchAccount } from '../benchDataset';
import type { FolderMeasure } from '../benchContext';
import { summarize } from '../timing';

/**
 * unlock: what a login costs — the key slot (scrypt), opening the encrypted file, the migrations
 * check and quick_check, the audit row. Each run logs out first (untimed), so every login opens
 * the file as it would on the office PC.
 */
export const unlockBench: FolderMeasure = (dataDir) => {
  const session = new SessionManager({ dataDir, clock: systemClock, channel: 'cli' });
  const samples: number[] = [];
  try {
    for (let i = 0; i < 11; i++) {
      const started = performance.now();
      session.login(benchAccount.login, benchAccount.password);
      // The first login warms the file cache; it is not counted.
      if (i > 0) samples.push(performance.now() - started);
      session.logout();
    }
  } finally {
    session.shutdown();
  }
  const timing = summarize(samples);
  return [
    {
      id: 'unlock',
      label: 'unlock（鍵スロット＋開く＋マイグレーション確認）',
      timing,
      value: timing.p95Ms,
      unit: 'ms',
      budget: 150,
    },
  ];
};
