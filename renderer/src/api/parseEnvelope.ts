import { errorCodes, type ErrorCode } from '../../../electron/contract/errors';
import type { Envelope, FieldIssue } from '../../../electron/contract';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (errorCodes as readonly string[]).includes(value);

function parseIssues(value: unknown): FieldIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue.path === 'string' && typeof issue.message === 'string'
      ? [{ path: issue.path, message: issue.message }]
      : [],
  );
}

/**
 * Reads what came back over the transport as an Envelope, or undefined when it is not one.
 * An error code this renderer does not know becomes INTERNAL (its message is still shown).
 */
export function parseEnvelope(raw: unknown): Envelope<unknown> | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.ok === true) return 'value' in raw ? { ok: true, value: raw.value } : undefined;
  if (raw.ok !== false || typeof raw.message !== 'string') return undefined;
  const code = isErrorCode(raw.code) ? raw.code : 'INTERNAL';
  const issues = parseIssues(raw.issues);
  return issues
    ? { ok: false, code, message: raw.message, issues }
    : { ok: false, code, message: raw.message };
}
