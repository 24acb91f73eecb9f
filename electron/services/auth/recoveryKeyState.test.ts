import { afterEach, describe, expect, it } from 'vitest';
import { auditRowsAfter } from '../../../db/repositories/auditRepository';
import { adminOnly } from '../../contract/roles';
import { readKeySlotFile } from './keySlotFile';
import { openRecoverySlot } from './keySlots';
import { confirmRecoveryKey, recoveryKeyStatus, reissueRecoveryKey } from './recoveryKeyState';
import { setUpSession } from './sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

function setUp() {
  const s = setUpSession();
  cleanups.push(s.cleanup);
  const { db, actor } = s.session.requireUnlocked(adminOnly);
  return { ...s, db, actor };
}

describe('the 回復キー after setup', () => {
  it('waits for confirmation after setup; confirming is recorded and audited', () => {
    const s = setUp();
    expect(recoveryKeyStatus(s.db).state).toBe('pending');
    const confirmed = confirmRecoveryKey(s.db, s.actor, s.clock);
    expect(confirmed).toMatchObject({
      state: 'confirmed',
      confirmedAt: s.clock.now().toISOString(),
    });
    expect(recoveryKeyStatus(s.db).state).toBe('confirmed');
    const actions = auditRowsAfter(s.db, 0, 100).map((row) => row.action);
    expect(actions).toContain('recoveryKey.confirm');
    // Nothing waits any more: a second confirmation is refused.
    expect(() => confirmRecoveryKey(s.db, s.actor, s.clock)).toThrow(/確認を待っている回復キー/);
  });

  it('a new key replaces the old one, which stops opening the data, and waits again', () => {
    const s = setUp();
    confirmRecoveryKey(s.db, s.actor, s.clock);
    const keysFile = () => readKeySlotFile(`${s.dir}/kasane.keys.json`);
    expect(openRecoverySlot(keysFile(), s.recoveryKey)).not.toBeNull();

    const { recoveryKey } = s.session.withDataKey(adminOnly, reissueRecoveryKey);
    expect(recoveryKey).not.toBe(s.recoveryKey);
    expect(openRecoverySlot(keysFile(), s.recoveryKey)).toBeNull();
    expect(openRecoverySlot(keysFile(), recoveryKey)).not.toBeNull();
    expect(keysFile().slots.filter((slot) => slot.kind === 'recovery')).toHaveLength(1);
    expect(recoveryKeyStatus(s.db).state).toBe('pending');

    const rows = auditRowsAfter(s.db, 0, 100);
    const reissue = rows.find((row) => row.action === 'recoveryKey.reissue');
    expect(reissue).toBeDefined();
    expect(JSON.stringify(rows)).not.toContain(recoveryKey);
  });
});
