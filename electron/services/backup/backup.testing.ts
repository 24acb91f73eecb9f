import crypto from 'node:crypto';
import fs from 'node:fs';
import { adminOnly } from '../../contract/roles';
import { intakeCase } from '../cases/intakeCase';
import { newHouseholdIntake } from '../cases/caseWork.testing';
import { setUpSession } from '../auth/sessionManager.testing';
import type { Clock } from '../clock';
import { configureBackups } from './backupStatus';

/** A logged-in 管理者 with a few cases, and a backup folder of its own in the temp dir. */
export function setUpBackups(cleanups: Array<() => void>) {
  const fixture = setUpSession();
  cleanups.push(fixture.cleanup);
  const { session, clock } = fixture;
  addCases(fixture.session, clock, 3);
  const folder = `${fixture.dir}-backups`;
  cleanups.push(() => fs.rmSync(folder, { recursive: true, force: true }));
  const { db, actor } = session.requireUnlocked(adminOnly);
  configureBackups(db, actor, clock, { folder });
  return { ...fixture, folder };
}

/** Adds `n` cases (each with its household, person and audit rows). */
export function addCases(
  session: ReturnType<typeof setUpSession>['session'],
  clock: Clock,
  n: number,
): void {
  const { db, actor } = session.requireUnlocked(adminOnly);
  for (let i = 0; i < n; i += 1) {
    intakeCase(
      db,
      actor,
      clock,
      newHouseholdIntake(
        actor.staffId,
        {},
        {
          name: `山田 ${crypto.randomInt(1000)}`,
        },
      ),
    );
  }
}

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every case number in the database, in order. */
export function caseNumbers(session: ReturnType<typeof setUpSession>['session']): string[] {
  return session.withDataKey(adminOnly, ({ sqlite }) =>
    sqlite.prepare('SELECT case_number FROM support_case ORDER BY id').pluck().all(),
  ) as string[];
}
