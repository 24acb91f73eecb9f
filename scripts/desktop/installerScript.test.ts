import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { repoRoot } from './bundleOptions';

// build/installer.nsh compiled by makensis (Debian: apt-get install nsis) inside a small
// uninstaller, with electron-builder's ${isUpdated} stood in for. Warnings are errors. Where
// makensis is missing the test says so and skips: the real check is then the Windows CI build.

const installerScript = path.join(repoRoot, 'build', 'installer.nsh');
const makensis = spawnSync('makensis', ['-VERSION'], { encoding: 'utf8' });
const hasMakensis = makensis.status === 0;
const dir = createTempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function compile(includeFile: string): { status: number | null; output: string } {
  const script = path.join(dir, 'stub.nsi');
  fs.writeFileSync(
    script,
    [
      'Unicode true',
      '!include LogicLib.nsh',
      '!include FileFunc.nsh',
      '!macro _isUpdated _a _b _t _f',
      '  StrCmp "" "" `${_f}` `${_t}`',
      '!macroend',
      '!define isUpdated `"" isUpdated ""`',
      `!include "${includeFile}"`,
      `OutFile "${path.join(dir, 'stub.exe')}"`,
      'RequestExecutionLevel user',
      'Section',
      '  WriteUninstaller "$TEMP\\u.exe"',
      'SectionEnd',
      'Section "un.Uninstall"',
      '  !insertmacro customUnInstall',
      'SectionEnd',
      '',
    ].join('\n'),
  );
  const result = spawnSync('makensis', ['-INPUTCHARSET', 'UTF8', '-WX', '-V2', script], {
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('build/installer.nsh', () => {
  it('tells, in Japanese, that the data folder stays and confirms --delete-app-data', () => {
    const text = fs.readFileSync(installerScript, 'utf8');
    expect(text).toContain('!macro customUnInstall');
    expect(text).toContain('${ifNot} ${isUpdated}');
    expect(text).toContain('%APPDATA%\\Kasane\\data');
    expect(text).toContain('--delete-app-data');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it.skipIf(!hasMakensis)('compiles with makensis, warnings as errors', () => {
    const result = compile(installerScript);
    expect(result.output).not.toMatch(/warning/i);
    expect(result.status).toBe(0);
  });

  it.skipIf(!hasMakensis)('would catch a broken script (the check can fail)', () => {
    const broken = path.join(dir, 'broken.nsh');
    fs.writeFileSync(
      broken,
      fs.readFileSync(installerScript, 'utf8').replace('${endIf}\n!macroend', '!macroend'),
    );
    expect(compile(broken).status).not.toBe(0);
  });
});

if (!hasMakensis) {
  console.warn(
    'makensis がないため installer.nsh のコンパイル確認を省略します (apt-get install nsis).',
  );
}
