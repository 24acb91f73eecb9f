import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { writeFakeLinuxApp } from './fakePackagedApp.testing';
import { findPackagedApps, requiredArchiveFiles, verifyPackagedApp } from './verifyPackagedApp';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function outputDir(): string {
  const dir = createTempDir();
  dirs.push(dir);
  return dir;
}

async function problemsOf(options: Parameters<typeof writeFakeLinuxApp>[1]): Promise<string[]> {
  const out = outputDir();
  await writeFakeLinuxApp(out, options);
  const [app] = findPackagedApps(out);
  if (!app) throw new Error('no app');
  return (await verifyPackagedApp(app, 150)).map((problem) => `${problem.ja}\n${problem.en}`);
}

describe('findPackagedApps', () => {
  it("finds electron-builder's unpacked apps for each platform and arch, nothing else", () => {
    const out = outputDir();
    for (const name of ['win-unpacked', 'linux-arm64-unpacked', 'mac-arm64', 'builder-debug.yml']) {
      fs.mkdirSync(path.join(out, name));
    }
    expect(findPackagedApps(out).map((app) => path.relative(out, app.executable))).toEqual([
      path.join('linux-arm64-unpacked', 'kasane'),
      path.join('mac-arm64', 'Kasane.app'),
      path.join('win-unpacked', 'Kasane.exe'),
    ]);
    expect(findPackagedApps(path.join(out, 'missing'))).toEqual([]);
  });
});

describe('verifyPackagedApp', () => {
  it('accepts an app with the Electron driver, the required fuses and a complete archive', async () => {
    expect(await problemsOf({})).toEqual([]);
  });

  it('refuses a driver built for Node (the silent rebuild failure)', async () => {
    const [problem] = await problemsOf({ abi: 115 });
    expect(problem).toContain('ABI 115');
    expect(problem).toContain('データベースを開けません');
    expect(problem).toContain("not Electron's 150");
  });

  it('refuses a fuse left as Electron ships it', async () => {
    const problems = await problemsOf({ fuses: { runAsNode: true, onlyLoadAppFromAsar: false } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('runAsNode: expected off, found on');
    expect(problems[0]).toContain('onlyLoadAppFromAsar: expected on, found off');
  });

  it('refuses an archive without the migrations or the print font, or with development files', async () => {
    const archiveFiles = [
      ...requiredArchiveFiles.filter((file) => !/_journal|400-normal/.test(file)),
      'out/shots/screens.tour.ts',
    ];
    const problems = await problemsOf({ archiveFiles });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('db/migrations/meta/_journal.json');
    expect(problems[0]).toContain('noto-sans-jp-0-400-normal.woff2');
    expect(problems[1]).toContain('out/shots');
  });

  it('says what is missing when the package is incomplete', async () => {
    const out = outputDir();
    const dir = await writeFakeLinuxApp(out);
    fs.rmSync(path.join(dir, 'resources'), { recursive: true });
    fs.rmSync(path.join(dir, 'kasane'));
    const [app] = findPackagedApps(out);
    const problems = await verifyPackagedApp(app!, 150);
    expect(problems.map((p) => p.en)).toEqual([
      expect.stringContaining('the database driver is missing'),
      expect.stringContaining('cannot read the fuses'),
      expect.stringContaining('app.asar is missing'),
    ]);
  });
});
