import fs from 'node:fs';
import path from 'node:path';
import { checkDistPrerequisites } from './distPrerequisites';
import { formatProblems, type DistProblem } from './distProblem';
import { distUsage, parseDistTarget, type DistPlatform } from './distTarget';
import { isRecord, readElectronBuilderConfig } from './electronBuilderConfig';
import { setDriverAside } from './nativeDriverBackup';
import { electronAbi } from './nativeModuleAbi';
import type { Endpoint } from './reachability';
import { findPackagedApps, verifyPackagedApp } from './verifyPackagedApp';

/** What `npm run dist` touches outside itself; tests pass fakes for the slow and networked parts. */
export type DistDeps = {
  root: string;
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  nodeVersion: string;
  canReach: (endpoint: Endpoint) => Promise<boolean>;
  /** Builds out/ (main, preload, renderer). */
  build: () => Promise<void>;
  /** Runs electron-builder with these arguments and environment; resolves to its exit code. */
  runBuilder: (args: readonly string[], env: NodeJS.ProcessEnv) => Promise<number>;
  log: (text: string) => void;
};

const cannotBuild: DistProblem = {
  ja: 'インストーラーを作れません。',
  en: 'Cannot build the installers.',
};

const useBuildMachine: DistProblem[] = [
  {
    ja: 'インストーラーは、ネットワークに接続できるビルド用のマシン（GitHub Actions の .github/workflows/build.yml）で作ってください。',
    en: 'Build the installers on a machine with network access (GitHub Actions: .github/workflows/build.yml).',
  },
];

const packageBroken: DistProblem = {
  ja: 'electron-builder が作ったパッケージに問題があります。配布しないでください。',
  en: 'The package electron-builder made is not right. Do not ship it.',
};

/**
 * `npm run dist`: checks the prerequisites (seconds, no downloads), builds out/, runs
 * electron-builder with the database driver's Node build kept aside, checks the packaged app
 * (driver ABI, fuses, archive contents) and puts the Node build back. Returns the exit code:
 * 0 installers made and checked, 1 a problem (said in Japanese and English), 2 a usage error.
 */
export async function runDist(deps: DistDeps): Promise<number> {
  const target = parseDistTarget(deps.argv, deps.platform);
  if (target.kind === 'help') {
    deps.log(distUsage + '\n');
    return 0;
  }
  if (target.kind === 'usage') {
    deps.log(`${target.message}\n${distUsage}\n`);
    return 2;
  }
  if (target.kind === 'refused') {
    deps.log(formatProblems(cannotBuild, [target.problem]));
    return 1;
  }

  deps.log('前提を確認しています…（checking prerequisites）\n');
  const prerequisites = await checkDistPrerequisites(deps);
  const abi = electronAbi(deps.root);
  if (abi === undefined) {
    prerequisites.problems.push({
      ja: 'node_modules/electron/abi_version がありません。npm ci を実行してください。',
      en: 'node_modules/electron/abi_version is missing: run npm ci.',
    });
  }
  if (prerequisites.problems.length > 0 || abi === undefined) {
    deps.log(formatProblems(cannotBuild, prerequisites.problems, useBuildMachine));
    return 1;
  }

  deps.log('main・preload・画面をビルドしています…（building out/）\n');
  await deps.build();
  const outputDir = path.join(deps.root, outputFolder(deps.root));
  // Stale apps from an earlier run must not be checked, or shipped.
  fs.rmSync(outputDir, { recursive: true, force: true });

  const args = builderArgs(target.platform, prerequisites.electronDist);
  deps.log(`electron-builder ${args.join(' ')}\n`);
  const driver = setDriverAside(deps.root);
  let problems: DistProblem[];
  try {
    const code = await deps.runBuilder(args, builderEnv(deps.env));
    if (code !== 0) {
      deps.log(
        formatProblems(cannotBuild, [
          {
            ja: `electron-builder が失敗しました（終了コード ${code}）。上のログを確認してください。`,
            en: `electron-builder failed (exit code ${code}); see its log above.`,
          },
        ]),
      );
      return 1;
    }
    problems = await verifyAll(outputDir, abi);
  } finally {
    driver.restore();
  }
  if (problems.length > 0) {
    deps.log(formatProblems(packageBroken, problems));
    return 1;
  }
  deps.log(successText(outputDir));
  return 0;
}

/** electron-builder's arguments: one platform, never publish, a local Electron when there is one. */
export function builderArgs(platform: DistPlatform, electronDist: string | undefined): string[] {
  const args = [`--${platform}`, '--publish', 'never'];
  if (electronDist !== undefined) args.push(`--config.electronDist=${electronDist}`);
  return args;
}

/**
 * electron-builder's environment. npm passes the npmrc's `nodedir` down as npm_config_nodedir;
 * node-gyp would then build the driver against Node's headers and report success (TOOLCHAIN.md,
 * trap 2), so it is dropped. ELECTRON_RUN_AS_NODE would make any Electron it runs a plain Node.
 */
export function builderEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([name]) => !/^npm_config_nodedir$/i.test(name) && name !== 'ELECTRON_RUN_AS_NODE',
    ),
  );
}

async function verifyAll(outputDir: string, abi: number): Promise<DistProblem[]> {
  const apps = findPackagedApps(outputDir);
  if (apps.length === 0) {
    return [
      {
        ja: `${outputDir} に展開済みのアプリ（*-unpacked）が見つかりません。`,
        en: `No unpacked app (*-unpacked) found in ${outputDir}.`,
      },
    ];
  }
  const problems: DistProblem[] = [];
  for (const app of apps) problems.push(...(await verifyPackagedApp(app, abi)));
  return problems;
}

function outputFolder(root: string): string {
  const directories = readElectronBuilderConfig(root).directories;
  const output = isRecord(directories) ? directories.output : undefined;
  return typeof output === 'string' ? output : 'dist';
}

function successText(outputDir: string): string {
  const installers = fs
    .readdirSync(outputDir)
    .filter((name) => /\.(exe|AppImage|deb|dmg)$/.test(name))
    .map((name) => `  ${path.join(outputDir, name)}`);
  return [
    'インストーラーを作成し、パッケージを確認しました（ドライバーの ABI、ヒューズ、app.asar の中身）。',
    'Installers built and the package checked (driver ABI, fuses, app.asar contents):',
    ...installers,
    '',
  ].join('\n');
}
