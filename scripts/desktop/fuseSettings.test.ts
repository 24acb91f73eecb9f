import fs from 'node:fs';
import path from 'node:path';
import { FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { repoRoot } from './bundleOptions';
import { readElectronBuilderConfig } from './electronBuilderConfig';
import { fuseConfigFromElectronBuilder } from './electronBuilderInternals.testing';
import { fakeElectronBinary, freshElectronWire } from './fakeElectronBinary.testing';
import {
  fuseByte,
  fuseIndexes,
  fuseMismatches,
  requiredFuses,
  type FuseName,
  type FuseWire,
} from './fuseSettings';

// The fuses in electron-builder.yml, run through electron-builder's own mapping and
// @electron/fuses onto a stand-in executable, must come out exactly as requiredFuses says.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const configuredFuses = readElectronBuilderConfig(repoRoot).electronFuses;

describe('electronFuses in electron-builder.yml', () => {
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['onlyLoadAppFromAsar', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
    ['loadBrowserProcessSpecificV8Snapshot', false],
  ] as const)('sets %s to %s', (name, value) => {
    expect(requiredFuses[name]).toBe(value);
    expect(configuredFuses).toHaveProperty(name, value);
  });

  it('decides every fuse and nothing else', () => {
    expect(configuredFuses).toEqual(requiredFuses);
  });

  it('names every fuse @electron/fuses knows', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.values(fuseIndexes).sort()).toEqual(known.sort());
  });

  it('uses the wire bytes @electron/fuses uses', () => {
    expect(fuseByte).toEqual({
      disabled: FuseState.DISABLE,
      enabled: FuseState.ENABLE,
      removed: FuseState.REMOVED,
    });
  });

  it('flips a fresh Electron to exactly the required fuses through electron-builder', async () => {
    const dir = createTempDir();
    dirs.push(dir);
    const executable = path.join(dir, 'Kasane.exe');
    fs.writeFileSync(executable, fakeElectronBinary());
    expect(fuseMismatches(await getCurrentFuseWire(executable))).not.toEqual([]);

    await flipFuses(executable, await fuseConfigFromElectronBuilder(configuredFuses));

    const wire: FuseWire = await getCurrentFuseWire(executable);
    expect(fuseMismatches(wire)).toEqual([]);
    for (const [name, on] of Object.entries(requiredFuses) as Array<[FuseName, boolean]>) {
      expect([name, wire[fuseIndexes[name]]]).toEqual([
        name,
        on ? FuseState.ENABLE : FuseState.DISABLE,
      ]);
    }
    // A fuse newer than @electron/fuses 1.x keeps Electron's default.
    expect(wire[8]).toBe(freshElectronWire[8]);
  });
});

describe('fuseMismatches', () => {
  const required = Object.entries(requiredFuses) as Array<[FuseName, boolean]>;
  const goodWire = Object.fromEntries(
    required.map(([name, on]) => [fuseIndexes[name], on ? fuseByte.enabled : fuseByte.disabled]),
  );

  it('accepts the required wire', () => {
    expect(fuseMismatches(goodWire)).toEqual([]);
  });

  it.each(required)('names %s when it is the other way round', (name, on) => {
    const wire = { ...goodWire, [fuseIndexes[name]]: on ? fuseByte.disabled : fuseByte.enabled };
    expect(fuseMismatches(wire)).toEqual([
      `${name}: expected ${on ? 'on' : 'off'}, found ${on ? 'off' : 'on'}`,
    ]);
  });

  it('names fuses that are missing or removed', () => {
    const dropped: number = FuseV1Options.GrantFileProtocolExtraPrivileges;
    const wire = Object.fromEntries(
      Object.entries({ ...goodWire, [FuseV1Options.RunAsNode]: fuseByte.removed }).filter(
        ([index]) => Number(index) !== dropped,
      ),
    );
    expect(fuseMismatches(wire)).toEqual([
      'runAsNode: expected off, found removed',
      'grantFileProtocolExtraPrivileges: expected off, found missing',
    ]);
  });
});
