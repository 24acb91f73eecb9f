import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { adminEnv, tempDataDir } from './cli.testing';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The real entry point as a child process, stdin not a terminal (spawns are slow: only here). */
function spawnCli(args: readonly string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('KASANE_')),
  );
  return spawnSync('npx', ['tsx', 'scripts/cli/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...env, ...adminEnv },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

describe('scripts/cli/main.ts', () => {
  it('runs init as a process: exit 0 with the recovery key, then exit 1 on the same folder', () => {
    const dir = tempDataDir(cleanups);
    const args = ['init', '--data', dir, '--municipality', 'みどり町'];
    const first = spawnCli(args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^ {6}[A-Z2-9]{4}(-[A-Z2-9]{4}){12}$/m);
    expect(fs.existsSync(path.join(dir, 'kasane.db'))).toBe(true);

    const second = spawnCli(args);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('すでに設定済み');
  });
});
