import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildDesktop } from './buildDesktop';
import { repoRoot } from './bundleOptions';
import { canReach } from './reachability';
import { runDist } from './runDist';

// `npm run dist` (installers for this OS) and `npm run dist:win`: see runDist.ts.

const log = (text: string) => process.stderr.write(text);

const exitCode = await runDist({
  root: repoRoot,
  argv: process.argv.slice(2),
  env: process.env,
  platform: process.platform,
  nodeVersion: process.versions.node,
  canReach: (endpoint) => canReach(endpoint),
  build: () => buildDesktop({ renderer: true, log: (line) => log(line + '\n') }),
  runBuilder: (args, env) =>
    new Promise<number>((resolve) => {
      const cli = path.join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
      const child = spawn(process.execPath, [cli, ...args], {
        cwd: repoRoot,
        env,
        stdio: 'inherit',
      });
      child.on('error', (error) => {
        log(`electron-builder を起動できませんでした: ${error.message}\n`);
        resolve(1);
      });
      child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    }),
  log,
});
process.exit(exitCode);
