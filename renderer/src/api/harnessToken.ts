/** Where the web harness's run token is kept for this tab (it never goes back into the URL). */
export const tokenStorageKey = 'kasane.token';

const tokenPattern = /^[A-Za-z0-9_-]{16,256}$/;

/** The token in a URL fragment such as `#token=abc…`, if there is a well-formed one. */
export function tokenFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token !== null && tokenPattern.test(token) ? token : undefined;
}

/** The fragment with the token removed (other parameters kept), `''` when nothing is left. */
export function hashWithoutToken(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('token');
  const rest = params.toString();
  return rest === '' ? '' : `#${rest}`;
}

/**
 * Moves a token from the address bar into sessionStorage and takes it out of the address bar
 * (and out of the history). Call once, before anything reads `location.hash`.
 */
export function captureHarnessToken(): void {
  const { hash, pathname, search } = window.location;
  if (!hash.includes('token=')) return;
  const token = tokenFromHash(hash);
  if (token !== undefined) sessionStorage.setItem(tokenStorageKey, token);
  window.history.replaceState(window.history.state, '', pathname + search + hashWithoutToken(hash));
}

/** The token kept for this tab, or '' (the harness then refuses the call with a clear message). */
export function harnessToken(): string {
  return sessionStorage.getItem(tokenStorageKey) ?? '';
}
