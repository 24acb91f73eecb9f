/**
 * The one Content-Security-Policy for the renderer, used by the desktop window (response
 * header and meta tag) and by the web harness. Nothing remote, no eval, no plugins, no framing.
 * Inline styles are allowed because Mantine sets CSS variables through style attributes.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
