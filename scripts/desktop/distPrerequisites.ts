import fs from 'node:fs';
import path from 'node:path';
import type { DistProblem } from './distProblem';
import { findElectronBinary } from './findElectronBinary';
import {
  downloadEndpoints,
  endpointText,
  type DownloadEndpoints,
  type Endpoint,
} from './reachability';

export type PrerequisiteInput = {
  root: string;
  env: NodeJS.ProcessEnv;
  /** process.versions.node */
  nodeVersion: string;
  canReach: (endpoint: Endpoint) => Promise<boolean>;
};

export type Prerequisites = {
  problems: DistProblem[];
  /** A local Electron to package instead of downloading one (electron-builder's electronDist). */
  electronDist: string | undefined;
};

/** Packages of electron-builder's rebuild and download steps whose Node requirement we check. */
const nodeHungryPackages = ['@electron/rebuild', '@electron/get'];

/**
 * Everything `npm run dist` needs before it starts, checked in a few seconds so that a machine
 * without network access learns it at once instead of waiting on a download: electron-builder
 * installed, a new enough Node, and a way to get Electron, the installer tools and Electron's
 * headers (a local Electron binary, found the way `npm start` finds it, saves one download).
 */
export async function checkDistPrerequisites(input: PrerequisiteInput): Promise<Prerequisites> {
  const problems: DistProblem[] = [];
  if (!fs.existsSync(path.join(input.root, 'node_modules', 'electron-builder', 'cli.js'))) {
    problems.push({
      ja: 'electron-builder がインストールされていません。先に npm ci を実行してください。',
      en: 'electron-builder is not installed: run npm ci first.',
    });
  }
  problems.push(...nodeVersionProblems(input.root, input.nodeVersion));

  const binary = findElectronBinary(input.root, input.env);
  const endpoints = downloadEndpoints(input.env);
  const reachable = await probe(endpoints, input.canReach, !binary.found);
  if (!binary.found && reachable.electron === false) {
    problems.push({
      ja:
        `Electron 本体がこのマシンになく（探した場所: ${binary.looked}）、` +
        `ダウンロード元 ${endpointText(endpoints.electron)} にも接続できません。`,
      en:
        `Electron is not on this machine (looked for ${binary.looked}) and its download ` +
        `source ${endpointText(endpoints.electron)} cannot be reached.`,
    });
  }
  if (!reachable.tools) {
    problems.push({
      ja: `インストーラー作成ツール（NSIS・AppImage・fpm）のダウンロード元 ${endpointText(endpoints.tools)} に接続できません。`,
      en: `The installer tools (NSIS, AppImage, fpm) come from ${endpointText(endpoints.tools)}, which cannot be reached.`,
    });
  }
  if (!reachable.headers) {
    problems.push({
      ja: `データベースのドライバーを Electron 用にビルドするためのヘッダーのダウンロード元 ${endpointText(endpoints.headers)} に接続できません。`,
      en: `Electron's headers, needed to build the database driver for Electron, come from ${endpointText(endpoints.headers)}, which cannot be reached.`,
    });
  }
  return {
    problems,
    electronDist: binary.found ? electronDistDir(input.root, input.env) : undefined,
  };
}

/** Probes each distinct endpoint once, in parallel; the Electron source only when needed. */
async function probe(
  endpoints: DownloadEndpoints,
  canReach: (endpoint: Endpoint) => Promise<boolean>,
  needElectron: boolean,
): Promise<{ electron: boolean | undefined; tools: boolean; headers: boolean }> {
  const answers = new Map<string, Promise<boolean>>();
  const ask = (endpoint: Endpoint) => {
    const key = endpointText(endpoint);
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = canReach(endpoint);
      answers.set(key, answer);
    }
    return answer;
  };
  const [electron, tools, headers] = await Promise.all([
    needElectron ? ask(endpoints.electron) : Promise.resolve(undefined),
    ask(endpoints.tools),
    ask(endpoints.headers),
  ]);
  return { electron, tools, headers };
}

/** The unpacked Electron folder (what electronDist expects), as the electron package lays it out. */
function electronDistDir(root: string, env: NodeJS.ProcessEnv): string {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  return override !== undefined && override !== ''
    ? override
    : path.join(root, 'node_modules', 'electron', 'dist');
}

/** A problem for each installed package whose `engines.node` minimum this Node does not meet. */
function nodeVersionProblems(root: string, nodeVersion: string): DistProblem[] {
  const problems: DistProblem[] = [];
  for (const name of nodeHungryPackages) {
    const minimum = minimumNode(path.join(root, 'node_modules', name, 'package.json'));
    if (minimum !== undefined && compareVersions(nodeVersion, minimum) < 0) {
      problems.push({
        ja: `Node.js ${nodeVersion} では ${name} が動きません。Node.js ${minimum} 以上で実行してください。`,
        en: `${name} needs Node.js ${minimum} or later; this is Node.js ${nodeVersion}.`,
      });
    }
  }
  return problems;
}

/** The X.Y.Z of an `engines.node` of the form ">=X.Y.Z" (the only form these packages use). */
function minimumNode(packageJson: string): string | undefined {
  if (!fs.existsSync(packageJson)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as {
    engines?: { node?: unknown };
  };
  const range = parsed.engines?.node;
  if (typeof range !== 'string') return undefined;
  return /^\s*>=\s*(\d+\.\d+\.\d+)\s*$/.exec(range)?.[1];
}

/** Compares dotted version numbers numerically (20.20.2 < 22.12.0). */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
