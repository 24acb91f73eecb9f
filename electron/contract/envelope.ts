import type { ErrorCode, FieldIssue } from './errors';

/** What every call returns across the process boundary: a value, or a Japanese error. */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] };
