import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

// Directives a <meta> policy cannot carry; Chromium ignores them there and warns. The desktop
// window and the web harness send the full policy as a response header as well.
const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy as a <meta> tag may state it, with extra script sources appended. */
export function metaPolicy(policy: string, extraScriptSources: readonly string[] = []): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .filter((directive) => !headerOnlyDirectives.includes(directive.split(/\s+/)[0] ?? ''))
    .map((directive) =>
      directive.startsWith('script-src ') && extraScriptSources.length > 0
        ? `${directive} ${extraScriptSources.join(' ')}`
        : directive,
    )
    .join('; ');
}

/** `'sha256-…'` sources for the inline scripts of a page (only the dev server writes any). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    const body = match[1] ?? '';
    if (body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Puts the renderer's Content-Security-Policy into index.html as the first element of <head>,
 * before any script or stylesheet. The built page has no inline script at all; the
 * dev server's React Refresh preamble is allowed by its hash only, so development runs under
 * the same strict policy.
 */
export function cspMetaPlugin(policy: string): Plugin {
  return {
    name: 'kasane:csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const extra = context.server ? inlineScriptHashes(html) : [];
        const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(policy, extra))}" />`;
        // First thing in <head>: the dev server puts its scripts before everything else.
        return html.replace(/<head[^>]*>/i, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}
