import type { FieldIssue } from '../../../electron/contract';

/** Server-side field issues as form errors (path → message), keeping the first per field. */
export function issuesToFieldErrors(issues: readonly FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    if (issue.path === '' || issue.path in errors) continue;
    errors[issue.path] = issue.message;
  }
  return errors;
}
