import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { repoRoot } from '../desktop/bundleOptions';

const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'kasane-tests');

/**
 * Bundles a child script once to plain CommonJS under node_modules/.cache (so `better-sqlite3`
 * resolves from the repo), for `node` to start in ~0.1 s instead of tsx's ~0.5 s — the crash
 * test starts 200 of them.
 */
export async function bundleChild(entry: string, name: string): Promise<string> {
  const outfile = path.join(cacheDir, `${name}-${process.pid}.cjs`);
  await build({
    absWorkingDir: repoRoot,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3', 'exceljs'],
    define: { 'import.meta.url': 'bundleFileUrl' },
    inject: [fileURLToPath(new URL('../desktop/bundleFileUrl.ts', import.meta.url))],
    logLevel: 'warning',
  });
  return outfile;
}

/** A running child with its stdout as lines. */
export type Child = {
  process: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves with the first line that matches, or rejects if the child ends first. */
  waitFor: (test: (line: string) => boolean, timeoutMs?: number) => Promise<string>;
  /** Resolves once the child has written at least `count` lines, or rejects if it ends first. */
  waitForLineCount: (count: number, timeoutMs?: number) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/** Starts `node bundle args…` (optionally under `sh -c` for a ulimit, or as another user). */
export function startChild(
  bundle: string,
  args: string[],
  options: { shellPrefix?: string; uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {},
): Child {
  const spawnOptions: SpawnOptions = { stdio: 'pipe', env: options.env ?? process.env };
  if (options.uid !== undefined) spawnOptions.uid = options.uid;
  if (options.gid !== undefined) spawnOptions.gid = options.gid;
  const quoted = [process.execPath, bundle, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`);
  const child = (
    options.shellPrefix
      ? spawn('/bin/sh', ['-c', `${options.shellPrefix}; exec ${quoted.join(' ')}`], spawnOptions)
      : spawn(process.execPath, [bundle, ...args], spawnOptions)
  ) as ChildProcessWithoutNullStreams;
  const lines: string[] = [];
  const listeners = new Set<() => void>();
  let pending = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
    for (const listener of listeners) listener();
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const listener of listeners) listener();
      resolve({ code, signal });
    }),
  );
  const waitFor = (test: (line: string) => boolean, timeoutMs = 20_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`timed out; stderr: ${stderr}`)), timeoutMs);
      const check = () => {
        const found = lines.find(test);
        if (found !== undefined) finish(null, found);
        else if (child.exitCode !== null || child.signalCode !== null) {
          finish(
            new Error(`child ended (${child.exitCode ?? child.signalCode}); stderr: ${stderr}`),
          );
        }
      };
      const finish = (error: Error | null, line?: string) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (error) reject(error);
        else resolve(line ?? '');
      };
      listeners.add(check);
      check();
    });
  const waitForLineCount = async (count: number, timeoutMs?: number) => {
    // find() hands the test every line; the test only asks whether enough have arrived.
    await waitFor(() => lines.length >= count, timeoutMs);
  };
  return { process: child, lines, waitFor, waitForLineCount, exited };
}
