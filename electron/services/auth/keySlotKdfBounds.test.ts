import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adminEnv, initializedDataDir, runCliForTest } from '../../../scripts/cli/cli.testing';
import { AppError } from '../../contract/errors';
import { dataPaths } from '../app/dataPaths';
import { defaultKdf, deriveWrappingKey, kdfProblem, newKdfParams } from './keySlotCrypto';
import { adminLogin, adminPassword, setUpSession } from './sessionManager.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** Rewrites every slot's scrypt parameters in the folder's key file, as someone with the folder could. */
function setKdf(keyFile: string, kdf: { N: number; r: number; p: number }): void {
  const file = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as {
    slots: Array<{ kdf: Record<string, unknown> }>;
  };
  for (const slot of file.slots) Object.assign(slot.kdf, kdf);
  fs.writeFileSync(keyFile, JSON.stringify(file));
}

const huge = { N: 2 ** 22, r: 32, p: 16 };

describe('scrypt parameters from a key file', () => {
  it.each([
    [huge, /N=/],
    [{ N: 2 ** 17, r: 16, p: 4 }, /計算量|メモリ/],
    [{ N: 2 ** 15, r: 8, p: 64 }, /p=64/],
    [{ N: 2 ** 15 + 1, r: 8, p: 1 }, /2のべき乗/],
    [{ N: 1024, r: 8, p: 1 }, /N=1024/],
    [{ N: 2 ** 15, r: 1, p: 1 }, /r=1/],
    [{ N: 2 ** 15, r: 8.5, p: 1 }, /r=8.5/],
  ])('refuses %j before deriving anything', (kdf, why) => {
    expect(kdfProblem(kdf)).toMatch(why);
    expect(() => deriveWrappingKey('x', { ...newKdfParams(), ...kdf })).toThrow(RangeError);
  });

  it.each([defaultKdf, { N: 2 ** 16, r: 8, p: 1 }, { N: 2 ** 14, r: 16, p: 2 }])(
    'accepts %j',
    (kdf) => {
      expect(kdfProblem(kdf)).toBeNull();
    },
  );

  it('a key file with huge parameters is refused at once at login, with what to do', () => {
    const fixture = setUpSession();
    cleanups.push(fixture.cleanup);
    const { session } = fixture;
    session.logout();
    setKdf(session.paths.keySlots, huge);
    const started = Date.now();
    let refused: unknown;
    try {
      session.login(adminLogin, adminPassword);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'KEYSLOTS_UNREADABLE' });
    expect((refused as AppError).message).toMatch(
      /鍵導出の設定（scrypt）が許される範囲を外れています.*N=4194304/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('the CLI says so and exits 1 instead of hanging', async () => {
    const dir = await initializedDataDir(cleanups);
    setKdf(dataPaths(dir).keySlots, huge);
    const started = Date.now();
    const run = await runCliForTest(['verify', '--data', dir], { env: adminEnv });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('鍵導出の設定（scrypt）が許される範囲を外れています');
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
