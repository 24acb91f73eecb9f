import fs from 'node:fs';
import { createTempDir } from '../../../db/testing/createTestDb';
import { manualClock, type ManualClock } from '../clock.testing';
import { SessionManager } from './sessionManager';

export const adminLogin = 'kanri';
export const adminPassword = 'kasane-admin-1';

/** A set-up data folder in a temp dir, with its 管理者 logged in. */
export function setUpSession(): {
  session: SessionManager;
  clock: ManualClock;
  dir: string;
  recoveryKey: string;
  cleanup: () => void;
} {
  const dir = createTempDir();
  const clock = manualClock();
  const session = new SessionManager({ dataDir: dir, clock, channel: 'cli' });
  const { recoveryKey } = session.initialize({
    login: adminLogin,
    displayName: '管理 太郎',
    password: adminPassword,
    municipalityName: 'みどり町',
  });
  return {
    session,
    clock,
    dir,
    recoveryKey,
    cleanup: () => {
      session.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
