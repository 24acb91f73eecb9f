import fs from 'node:fs';
import { AppError } from '../../contract/errors';
import type { DataPaths } from '../app/dataPaths';
import {
  realSwapFs,
  undoMoves,
  writeJournal,
  type RestoreJournal,
  type RestoreMove,
  type SwapFs,
} from './restoreJournal';

/**
 * Renames the live files aside and the incoming ones into place, one atomic rename at a time,
 * after writing the journal that lets a crash be undone at the next start. A failure half-way
 * is undone at once, and the error says the data is as it was.
 */
export function swapFiles(
  paths: DataPaths,
  moves: RestoreMove[],
  swapFs: SwapFs = realSwapFs,
): void {
  const journal: RestoreJournal = {
    format: 'kasane-restore',
    stage: 'swapping',
    createdAt: new Date().toISOString(),
    moves,
  };
  writeJournal(paths.restoreJournal, journal);
  try {
    for (const move of moves) {
      if (move.hadOriginal) swapFs.rename(move.original, move.aside);
      if (move.incoming) swapFs.rename(move.incoming, move.original);
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    try {
      undoMoves(journal, swapFs);
      fs.rmSync(paths.restoreJournal, { force: true });
    } catch {
      throw new AppError(
        'INTERNAL',
        `復元の途中でファイルを置き換えられませんでした（${detail}）。次に Kasane を開いたときに元のデータに戻します。`,
      );
    }
    throw new AppError(
      'INTERNAL',
      `復元の途中でファイルを置き換えられなかったため、元のデータに戻しました（${detail}）。データは復元前のままです。`,
    );
  }
  writeJournal(paths.restoreJournal, { ...journal, stage: 'done' });
  fs.rmSync(paths.restoreJournal, { force: true });
}
