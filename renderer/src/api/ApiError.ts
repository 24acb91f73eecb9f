import type { ErrorCode, FieldIssue } from '../../../electron/contract';

/** A contract error code, or TRANSPORT when the main side could not be reached or answered garbage. */
export type ApiErrorCode = ErrorCode | 'TRANSPORT';

/** A call that did not succeed. `message` is Japanese and may be shown as it is. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }
}

// The main side's session is not what the screen shows: the app must ask app.status again.
const sessionChangeCodes: readonly ApiErrorCode[] = [
  'LOCKED',
  'LOGGED_OUT',
  'NOT_INITIALIZED',
  'ALREADY_INITIALIZED',
];

/** Whether an error means "the session changed under us" rather than "this call failed". */
export function isSessionChange(error: unknown): boolean {
  return error instanceof ApiError && sessionChangeCodes.includes(error.code);
}

/** Any thrown value as an ApiError (a bug in the renderer becomes INTERNAL with a plain message). */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('INTERNAL', '予期しないエラーが発生しました。もう一度お試しください。');
}
