import type Database from 'better-sqlite3';
import { searchInput } from '../../../electron/contract/schemas/directory';
import { searchAll } from '../../../electron/services/search/searchAll';
import type { BenchLine } from '../benchResult';
import type { Measure } from '../benchContext';
import { cycle, timeSync } from '../timing';

/** How many names are also searched by their first character alone. */
const singleCharacterNames = 10;

type QueryKind = { id: string; label: string; queries: string[] };

/** Real values from the data set, spread over it (every n-th row), so no query is a lucky one. */
function sample(sqlite: Database.Database, sql: string): string[] {
  return (sqlite.prepare(sql).pluck().all() as string[]).filter((s) => s.length > 0);
}

function queryKinds(sqlite: Database.Database): QueryKind[] {
  const spread = 'WHERE id % 997 = 0 LIMIT 40';
  const names = sample(sqlite, `SELECT name FROM person ${spread}`);
  return [
    {
      id: 'searchWords',
      label: '検索: 3文字以上の言葉（主訴・経過記録）',
      queries: sample(sqlite, `SELECT substr(facts, 3, 4) FROM progress_note ${spread}`),
    },
    {
      id: 'searchShortName',
      label: '検索: 1〜2文字の氏名（山田 など）',
      // The family name as typed before the space (佐藤 of 佐藤 花子), and single characters.
      queries: [
        ...names.map((n) => n.split(/[\s\u3000]/u)[0] ?? n).map((n) => n.slice(0, 2)),
        ...names.slice(0, singleCharacterNames).map((n) => n.slice(0, 1)),
      ],
    },
    {
      id: 'searchKana',
      label: '検索: ふりがな',
      queries: sample(sqlite, `SELECT name_kana FROM person ${spread}`).map(
        (k) => k.split(/[\s\u3000]/u)[0] ?? k,
      ),
    },
    {
      id: 'searchPhone',
      label: '検索: 電話番号',
      queries: sample(
        sqlite,
        `SELECT phone FROM person WHERE phone <> '' AND id % 97 = 0 LIMIT 40`,
      ),
    },
  ];
}

/** search: each kind of query the one search box answers, through the service. */
export const searchBench: Measure = ({ db, sqlite, actor }) => {
  const lines: BenchLine[] = [];
  for (const kind of queryKinds(sqlite)) {
    if (kind.queries.length === 0) continue;
    const inputs = kind.queries.map((q) => searchInput.parse({ q }));
    const timing = timeSync(Math.max(100, inputs.length * 3), (i) => {
      searchAll(db, actor, cycle(inputs, i));
    });
    lines.push({
      id: kind.id,
      label: kind.label,
      timing,
      value: timing.p95Ms,
      unit: 'ms',
      budget: 20,
    });
  }
  return lines;
};
