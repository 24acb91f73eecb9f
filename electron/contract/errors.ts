/** Every error code a call can return. The message that travels with it is always Japanese. */
export const errorCodes = [
  'BAD_SENDER',
  'UNKNOWN_CALL',
  'VALIDATION',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
  'LOGGED_OUT',
  'LOCKED',
  'FORBIDDEN',
  'WRONG_PASSWORD',
  'ACCOUNT_DISABLED',
  'DB_UNREADABLE',
  'DB_MISSING',
  'KEYSLOTS_UNREADABLE',
  'TOO_MANY_ATTEMPTS',
  'FOLDER_IN_USE',
  'READ_ONLY',
  'DISK_FULL',
  'BACKUP_INVALID',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_AVAILABLE',
  'NOT_READY',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One field-level problem, for forms to show beside the field. */
export type FieldIssue = { path: string; message: string };

/** The one error type services throw; the dispatcher turns it into `{ ok: false, … }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}
