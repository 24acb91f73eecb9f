import type Database from 'better-sqlite3';

/** One statement a service ran: its SQL, how it read rows, and the parameters. */
export type RecordedStatement = {
  sql: string;
  method: 'all' | 'get' | 'run' | 'iterate';
  raw: boolean;
  params: unknown[];
};

/**
 * Runs `fn` while recording every statement it prepares and executes on `sqlite`, so the same
 * statements can be replayed raw (prepared once, no ORM, no service code) as the baseline the
 * list budget is measured against.
 */
export function recordStatements(sqlite: Database.Database, fn: () => void): RecordedStatement[] {
  const recorded: RecordedStatement[] = [];
  const originalPrepare = sqlite.prepare.bind(sqlite);
  const patched = (source: string) => {
    const statement = originalPrepare(source);
    let raw = false;
    return new Proxy(statement, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (property === 'raw') {
          return (toggle?: boolean) => {
            raw = toggle ?? true;
            target.raw(raw);
            return receiver as unknown;
          };
        }
        if (
          property === 'all' ||
          property === 'get' ||
          property === 'run' ||
          property === 'iterate'
        ) {
          const method = property;
          return (...params: unknown[]) => {
            recorded.push({ sql: source, method, raw, params });
            return (value as (...args: unknown[]) => unknown).apply(target, params);
          };
        }
        return (value as (...args: unknown[]) => unknown).bind(target);
      },
    });
  };
  sqlite.prepare = patched as typeof sqlite.prepare;
  try {
    fn();
  } finally {
    sqlite.prepare = originalPrepare;
  }
  return recorded;
}

/** Prepares the recorded statements once; the returned function runs them all as recorded. */
export function replayer(
  sqlite: Database.Database,
  statements: readonly RecordedStatement[],
): () => number {
  const prepared = statements.map((s) => {
    const statement = sqlite.prepare(s.sql);
    if (s.raw && s.method !== 'run') statement.raw(true);
    return { statement, ...s };
  });
  // Returns how many rows were read, so nothing is optimised away.
  return () => {
    let rows = 0;
    for (const { statement, method, params } of prepared) {
      if (method === 'iterate') {
        for (const _row of statement.iterate(...params)) rows++;
      } else if (method === 'all') {
        rows += statement.all(...params).length;
      } else {
        statement[method](...params);
        rows++;
      }
    }
    return rows;
  };
}
