import path from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { isAppUrl } from './security';

// Pure (Node only): the app protocol's decisions live here so tests can reach them.

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The MIME type of a served file; module scripts are refused by Chromium without a JS type. */
export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app response: the one CSP, and no sniffing, caching or referrers. */
export const rendererResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** What the protocol handler should do with a request. */
export type RendererTarget =
  | { kind: 'file'; file: string }
  /** A client-side route (no file extension): answer with index.html if the file is missing. */
  | { kind: 'route'; file: string; fallback: string }
  | { kind: 'refused' };

/**
 * Maps an app URL to a file inside `root` (the built renderer). Anything that is not an app URL,
 * holds a NUL, a backslash, a `..` segment or bad percent-encoding, or resolves outside `root`
 * is refused.
 */
export function resolveRendererFile(root: string, url: string): RendererTarget {
  if (!isAppUrl(url)) return { kind: 'refused' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { kind: 'refused' };
  }
  // Chromium has already removed literal dot segments, so a `..` here came percent-encoded: a
  // probe, not a page. A backslash is a separator on Windows and would hide one from us.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) {
    return { kind: 'refused' };
  }
  const base = path.resolve(root);
  const relative = path.posix.normalize('/' + decoded).replace(/^\/+/, '');
  const file = path.resolve(base, relative === '' ? 'index.html' : relative);
  if (!file.startsWith(base + path.sep)) return { kind: 'refused' };
  return path.extname(file) === ''
    ? { kind: 'route', file, fallback: path.join(base, 'index.html') }
    : { kind: 'file', file };
}
