import fs from 'node:fs';
import { z } from 'zod';
import type { DataPaths } from '../app/dataPaths';

const moveSchema = z.strictObject({
  /** The live file (kasane.db, its -wal and -shm, kasane.keys.json). */
  original: z.string(),
  /** Where the live file is kept (renamed with a timestamp). */
  aside: z.string(),
  /** The verified file that takes its place, or null when the live one only goes aside. */
  incoming: z.string().nullable(),
  hadOriginal: z.boolean(),
});

const journalSchema = z.strictObject({
  format: z.literal('kasane-restore'),
  stage: z.enum(['swapping', 'done']),
  createdAt: z.string(),
  moves: z.array(moveSchema),
});

export type RestoreMove = z.infer<typeof moveSchema>;
/** What a restore is about to rename, written before the first rename so a crash can be undone. */
export type RestoreJournal = z.infer<typeof journalSchema>;

/** The renames a swap does; tests pass one that fails half-way. */
export type SwapFs = { rename: (from: string, to: string) => void };
export const realSwapFs: SwapFs = { rename: (from, to) => fs.renameSync(from, to) };

export function writeJournal(filePath: string, journal: RestoreJournal): void {
  const temp = `${filePath}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, JSON.stringify(journalSchema.parse(journal)));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, filePath);
}

export function readJournal(filePath: string): RestoreJournal | 'none' | 'damaged' {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return 'none';
  }
  try {
    return journalSchema.parse(JSON.parse(text));
  } catch {
    return 'damaged';
  }
}

/**
 * Puts every file back where it was before the swap started: each file set aside returns to its
 * place (an atomic rename over whatever came in), incoming files are removed. Safe to run again
 * after it was interrupted itself.
 */
export function undoMoves(journal: RestoreJournal, swapFs: SwapFs = realSwapFs): void {
  for (const move of [...journal.moves].reverse()) {
    if (move.hadOriginal) {
      if (fs.existsSync(move.aside)) swapFs.rename(move.aside, move.original);
    } else if (move.incoming && fs.existsSync(move.original) && !fs.existsSync(move.incoming)) {
      swapFs.rename(move.original, move.incoming);
    }
    if (move.incoming) fs.rmSync(move.incoming, { force: true });
  }
}

/**
 * At the next start (holding the folder lock): a journal left by a restore that did not finish
 * is undone, so the folder is exactly as before it; a finished one is only removed. Returns
 * what it found, for a message.
 */
export function settleInterruptedRestore(paths: DataPaths): 'none' | 'undone' | 'finished' {
  const journal = readJournal(paths.restoreJournal);
  if (journal === 'none') return 'none';
  if (journal === 'damaged') {
    // Written atomically, so a damaged one was never acted on: nothing was renamed yet.
    fs.rmSync(paths.restoreJournal, { force: true });
    return 'undone';
  }
  if (journal.stage === 'swapping') undoMoves(journal);
  fs.rmSync(paths.restoreJournal, { force: true });
  return journal.stage === 'done' ? 'finished' : 'undone';
}
