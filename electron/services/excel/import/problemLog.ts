import type { ImportProblem } from '../../../contract/schemas/import';

/** Problems an import found: all of them counted, the first `limit` in row order kept. */
export type ProblemLog = {
  add: (problems: readonly ImportProblem[]) => void;
  /** The kept problems in row order (within a row, in the order found). */
  kept: () => ImportProblem[];
  counts: () => { errors: number; warnings: number };
};

type Entry = { problem: ImportProblem; seq: number };

const byRow = (a: Entry, b: Entry) => (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.seq - b.seq;

/**
 * Keeps the first `limit` problems by row however they arrive (the write phase reports rows in
 * 受付日 order, after the reading has reported them all): when twice the limit have gathered,
 * the later rows' are dropped. A file with an error on each of 200,000 rows keeps `limit`.
 */
export function problemLog(limit: number): ProblemLog {
  let entries: Entry[] = [];
  let seq = 0;
  let errors = 0;
  let warnings = 0;
  const trim = () => {
    entries.sort(byRow);
    entries = entries.slice(0, limit);
  };
  return {
    add: (problems) => {
      for (const problem of problems) {
        if (problem.severity === 'error') errors += 1;
        else warnings += 1;
        entries.push({ problem, seq: seq++ });
      }
      if (entries.length >= limit * 2) trim();
    },
    kept: () => {
      trim();
      return entries.map((entry) => entry.problem);
    },
    counts: () => ({ errors, warnings }),
  };
}
