import { ApiError, asApiError } from '../../api/ApiError';

/**
 * The same error with server field paths renamed to the form's own field names (a form that
 * splits 日時 into 日付 and 時刻 shows `occurredAt` issues at `date`). Paths not in the map stay.
 */
export function renameIssuePaths(thrown: unknown, renames: Record<string, string>): ApiError {
  const error = asApiError(thrown);
  if (!error.issues) return error;
  const issues = error.issues.map((issue) => ({
    ...issue,
    path: renames[issue.path] ?? issue.path,
  }));
  return new ApiError(error.code, error.message, issues);
}
