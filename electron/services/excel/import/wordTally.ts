import type { ImportWord, ImportWordList } from '../../../contract/schemas/importWords';
import { mappingKey } from './importMappings';

// A file naming more distinct words than this has them counted, not listed.
const maxWords = 300;

/**
 * The words of a file the lists did not take as written — unknown, mapped, or a staff member
 * found by 姓 — each once with the rows it is on, for the wizard to offer a mapping for the
 * whole file. Words past the first `maxWords` are only counted.
 */
export function wordTally() {
  const words = new Map<string, ImportWord & { lastRow: number }>();
  let more = 0;
  return {
    record: (
      list: ImportWordList,
      written: string,
      how: ImportWord['how'],
      to: string | null,
      row: number,
    ) => {
      const key = `${list}\u0000${mappingKey(list, written)}`;
      const known = words.get(key);
      if (known !== undefined) {
        if (known.lastRow !== row) known.rows += 1;
        known.lastRow = row;
        return;
      }
      if (words.size >= maxWords) {
        more += 1;
        return;
      }
      words.set(key, { list, written, rows: 1, firstRow: row, lastRow: row, how, to });
    },
    /** The words, in the order first met. */
    words: (): ImportWord[] => [...words.values()].map(({ lastRow: _last, ...word }) => word),
    more: () => more,
  };
}

export type WordTally = ReturnType<typeof wordTally>;
