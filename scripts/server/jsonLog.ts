/** One structured log line's fields; never a password, a body or personal data. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type JsonLog = (level: 'info' | 'warn' | 'error', event: string, fields?: LogFields) => void;

/** Writes one JSON object per line (time, level, event, fields), for journald or a log file. */
export function createJsonLog(
  write: (line: string) => void,
  now: () => Date = () => new Date(),
): JsonLog {
  return (level, event, fields = {}) => {
    write(JSON.stringify({ time: now().toISOString(), level, event, ...fields }) + '\n');
  };
}
