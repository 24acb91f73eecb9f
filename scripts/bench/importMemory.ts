import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ImportMemoryResult } from './importMemoryChild';

const child = fileURLToPath(new URL('./importMemoryChild.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The import's promise for any file: its process never holds more than this. */
export const importPeakBudgetMb = 512;

/**
 * Imports (previews) a file in a process of its own and says what its peak memory was: the
 * process's own maximum resident set, so nothing the caller holds is counted, and no peak
 * between two samples is missed.
 */
export function measureImportMemory(
  filePath: string,
  options: { kind?: string; mode?: 'preview' | 'errors' } = {},
): ImportMemoryResult {
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      child,
      filePath,
      options.kind ?? 'consultations',
      options.mode ?? 'preview',
    ],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (run.status !== 0) {
    throw new Error(
      `取り込みの計測が終了コード ${String(run.status)} で止まりました: ${run.stderr}`,
    );
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ImportMemoryResult;
}
