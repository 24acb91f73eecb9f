import { parseArgs } from 'node:util';
import type { DistProblem } from './distProblem';

/** The installer families electron-builder.yml declares. */
export type DistPlatform = 'win' | 'linux' | 'mac';

const platformNames: Readonly<Record<DistPlatform, string>> = {
  win: 'Windows',
  linux: 'Linux',
  mac: 'macOS',
};

export const distUsage = `使い方: npm run dist [-- --win | --linux | --mac]
  既定はこの OS 用のインストーラーです。npm run dist:win は --win と同じです。
Usage: npm run dist [-- --win | --linux | --mac] (default: this OS)`;

export type DistTargetResult =
  | { kind: 'target'; platform: DistPlatform }
  | { kind: 'help' }
  | { kind: 'usage'; message: string }
  | { kind: 'refused'; problem: DistProblem };

/** The platform whose installers this OS can build (electron-builder's own flag names). */
export function hostDistPlatform(platform: NodeJS.Platform): DistPlatform | undefined {
  if (platform === 'win32') return 'win';
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'mac';
  return undefined;
}

/**
 * Reads `--win`, `--linux` or `--mac` (default: this OS). Another OS's installers are refused:
 * the database driver is compiled on the machine that packages, so a Windows installer built on
 * Linux would carry a Linux driver and fail to open the database.
 */
export function parseDistTarget(argv: readonly string[], host: NodeJS.Platform): DistTargetResult {
  let values: { win?: boolean; linux?: boolean; mac?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        win: { type: 'boolean' },
        linux: { type: 'boolean' },
        mac: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    return { kind: 'usage', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const asked = (['win', 'linux', 'mac'] as const).filter((name) => values[name] === true);
  if (asked.length > 1) return { kind: 'usage', message: 'Only one of --win, --linux, --mac.' };
  const own = hostDistPlatform(host);
  const platform = asked[0] ?? own;
  if (platform === undefined || own === undefined) {
    return {
      kind: 'refused',
      problem: {
        ja: `この OS（${host}）用のインストーラーは作れません。`,
        en: `No installers can be built for this OS (${host}).`,
      },
    };
  }
  if (platform !== own) {
    return {
      kind: 'refused',
      problem: {
        ja:
          `${platformNames[platform]} 用のインストーラーは ${platformNames[platform]} 上で作ってください` +
          `（データベースのドライバーはパッケージを作るマシンでビルドされるため、ここでは ${platformNames[own]} 用になります）。`,
        en:
          `Build ${platformNames[platform]} installers on ${platformNames[platform]}: the database ` +
          `driver is compiled on the packaging machine and would be a ${platformNames[own]} build.`,
      },
    };
  }
  return { kind: 'target', platform };
}
