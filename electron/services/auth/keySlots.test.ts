import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../../db/testing/createTestDb';
import { AppError } from '../../contract/errors';
import { manualClock } from '../clock.testing';
import { readKeySlotFile, writeKeySlotFile, type PasswordSlot } from './keySlotFile';
import {
  makePasswordSlot,
  makeRecoverySlot,
  newKeySlotFile,
  openPasswordSlot,
  openRecoverySlot,
} from './keySlots';
import { newRecoveryKey, normalizeRecoveryKey } from './recoveryKey';

const clock = manualClock();
const dataKey = crypto.randomBytes(32);
const recoveryKey = newRecoveryKey();
const file = newKeySlotFile();
file.slots.push(
  makePasswordSlot(file, dataKey, { staffId: 1, login: 'tanaka' }, 'kasane-pass1', clock),
);
file.slots.push(
  makePasswordSlot(file, dataKey, { staffId: 2, login: 'suzuki' }, 'other-pass2', clock),
);
file.slots.push(makeRecoverySlot(file, dataKey, recoveryKey, clock));

const dir = createTempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('key slots', () => {
  it('opens the data key with the right password only', () => {
    expect(openPasswordSlot(file, 'tanaka', 'kasane-pass1')?.dataKey.equals(dataKey)).toBe(true);
    expect(openPasswordSlot(file, 'tanaka', 'kasane-pass2')).toBeNull();
    expect(openPasswordSlot(file, 'tanaka', 'other-pass2')).toBeNull();
    expect(openPasswordSlot(file, 'nobody', 'kasane-pass1')).toBeNull();
  });

  it('accepts a password typed in full-width characters (NFKC)', () => {
    expect(
      openPasswordSlot(file, 'tanaka', 'ｋａｓａｎｅ－ｐａｓｓ１')?.dataKey.equals(dataKey),
    ).toBe(true);
  });

  it('does not open a slot whose login was relabelled', () => {
    const tampered = structuredClone(file);
    const slot = tampered.slots[1] as PasswordSlot;
    slot.login = 'tanaka';
    tampered.slots = [slot];
    expect(openPasswordSlot(tampered, 'tanaka', 'other-pass2')).toBeNull();
  });

  it('opens with the recovery key however it is typed', () => {
    expect(openRecoverySlot(file, recoveryKey)?.equals(dataKey)).toBe(true);
    const sloppy = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(openRecoverySlot(file, sloppy)?.equals(dataKey)).toBe(true);
    expect(openRecoverySlot(file, newRecoveryKey())).toBeNull();
  });

  it('makes recovery keys of 52 characters in groups of four', () => {
    expect(recoveryKey).toMatch(/^([A-HJ-NP-Z2-9]{4}-){12}[A-HJ-NP-Z2-9]{4}$/);
    expect(normalizeRecoveryKey(recoveryKey)).toHaveLength(52);
  });

  it('never stores the data key or a password in the file', () => {
    const target = path.join(dir, 'keys.json');
    writeKeySlotFile(target, file);
    const text = fs.readFileSync(target, 'utf8');
    for (const secret of [
      dataKey.toString('hex'),
      dataKey.toString('base64'),
      'kasane-pass1',
      normalizeRecoveryKey(recoveryKey),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(readKeySlotFile(target)).toEqual(file);
  });

  it.each([
    ['not JSON', '{ broken'],
    ['wrong shape', JSON.stringify({ format: 'kasane-keyslots', version: 1, slots: 'x' })],
    ['empty', ''],
  ])('refuses a corrupt key-slot file (%s) with KEYSLOTS_UNREADABLE', (_label, content) => {
    const target = path.join(dir, `bad-${crypto.randomUUID()}.json`);
    fs.writeFileSync(target, content);
    expect(() => readKeySlotFile(target)).toThrow(AppError);
    try {
      readKeySlotFile(target);
    } catch (error) {
      expect((error as AppError).code).toBe('KEYSLOTS_UNREADABLE');
    }
  });
});
