import type http from 'node:http';

/**
 * The browser's session cookie. Over HTTPS it has the __Host- prefix (Secure, Path=/, no
 * Domain: no other site or sub-domain can set it); plain HTTP exists only on loopback, where a
 * browser would drop a Secure cookie, so there it goes without.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-kasane-session' : 'kasane-session';
}

/** The session id the request's cookie carries, or null. */
export function readSessionCookie(req: http.IncomingMessage, secure: boolean): string | null {
  const name = sessionCookieName(secure);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (key === name && /^[A-Za-z0-9_-]{16,128}$/.test(value)) return value;
  }
  return null;
}

/**
 * Set-Cookie for a new session id, or to forget it (null). HttpOnly: page scripts never see it;
 * SameSite=Strict: no other site's page sends it; no Max-Age: it ends with the browser, and the
 * server ends it sooner (idle lock, 12 hours, logout).
 */
export function sessionCookieHeader(id: string | null, secure: boolean): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Strict', ...(secure ? ['Secure'] : [])];
  const value = id ?? '';
  return [
    `${sessionCookieName(secure)}=${value}`,
    ...attributes,
    ...(id ? [] : ['Max-Age=0']),
  ].join('; ');
}
