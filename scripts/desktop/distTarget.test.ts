import { describe, expect, it } from 'vitest';
import { hostDistPlatform, parseDistTarget } from './distTarget';

describe('parseDistTarget', () => {
  it.each([
    [[], 'win32', 'win'],
    [[], 'linux', 'linux'],
    [[], 'darwin', 'mac'],
    [['--win'], 'win32', 'win'],
    [['--linux'], 'linux', 'linux'],
  ] as const)('%j on %s builds for %s', (argv, host, platform) => {
    expect(parseDistTarget(argv, host)).toEqual({ kind: 'target', platform });
  });

  it.each([
    [
      ['--win'],
      'linux',
      'Windows 用のインストーラーは Windows 上で作ってください',
      'a Linux build',
    ],
    [['--mac'], 'win32', 'macOS 用のインストーラーは macOS 上で作ってください', 'a Windows build'],
    [[], 'freebsd', 'この OS（freebsd）用のインストーラーは作れません', 'freebsd'],
  ] as const)('%j on %s is refused: the driver would be the wrong build', (argv, host, ja, en) => {
    const result = parseDistTarget(argv, host);
    expect(result.kind).toBe('refused');
    if (result.kind !== 'refused') return;
    expect(result.problem.ja).toContain(ja);
    expect(result.problem.en).toContain(en);
  });

  it.each([[['--win', '--linux']], [['--windows']], [['extra']]])('%j is a usage error', (argv) => {
    expect(parseDistTarget(argv, 'linux')).toMatchObject({ kind: 'usage' });
  });

  it('answers --help', () => {
    expect(parseDistTarget(['-h'], 'linux')).toEqual({ kind: 'help' });
  });
});

describe('hostDistPlatform', () => {
  it('maps the OSes electron-builder builds on', () => {
    expect(
      ['win32', 'linux', 'darwin', 'aix'].map((p) => hostDistPlatform(p as NodeJS.Platform)),
    ).toEqual(['win', 'linux', 'mac', undefined]);
  });
});
