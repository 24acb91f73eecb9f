import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const sources = ['renderer', 'electron/contract', 'electron/main/contentSecurityPolicy.ts'];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** Builds the renderer when out/renderer is missing or older than its sources. */
export async function ensureRendererBuilt(
  outDir: string,
  log: (line: string) => void,
): Promise<void> {
  const built =
    fs.statSync(path.join(outDir, 'index.html'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = Math.max(...sources.map((s) => newestMtime(path.join(repoRoot, s))));
  if (built > newest) return;
  log('画面（renderer）をビルドしています…');
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'renderer/vite.config.ts'), logLevel: 'warn' });
}
