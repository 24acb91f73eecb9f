import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { contentTypeFor, rendererResponseHeaders, resolveRendererFile } from './rendererFiles';

const root = path.resolve('/srv/kasane/out/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('resolveRendererFile', () => {
  it.each([
    ['kasane://app/', { kind: 'file', file: inRoot('index.html') }],
    ['kasane://app/index.html', { kind: 'file', file: inRoot('index.html') }],
    [
      'kasane://app/assets/index-1a2b.js',
      { kind: 'file', file: inRoot('assets', 'index-1a2b.js') },
    ],
    ['kasane://app/assets/%E4%BA%BA.png', { kind: 'file', file: inRoot('assets', '人.png') }],
    ['kasane://app/fonts/a.woff2?v=1#x', { kind: 'file', file: inRoot('fonts', 'a.woff2') }],
    [
      'kasane://app/cases/12',
      { kind: 'route', file: inRoot('cases', '12'), fallback: inRoot('index.html') },
    ],
  ])('serves %s', (url, expected) => {
    expect(resolveRendererFile(root, url)).toEqual(expected);
  });

  it.each([
    // `%2e%2e` alone is a dot segment to the URL parser (see below); with an encoded slash or
    // backslash it reaches us as a `..` after decoding.
    'kasane://app/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret.txt',
    'kasane://app/..%2f..%2fkasane.db',
    'kasane://app/..%5c..%5ckasane.db',
    'kasane://app/assets%5c..%5c..%5cmain%5cindex.cjs',
    'kasane://app/index.html%00.png',
    'kasane://app/%E4%BA',
    'kasane://evil-host/index.html',
    'kasane://app@evil/index.html',
    'file:///srv/kasane/out/renderer/index.html',
    'https://evil.example/index.html',
  ])('refuses %s', (url) => {
    expect(resolveRendererFile(root, url)).toEqual({ kind: 'refused' });
  });

  it.each([
    ['kasane://app/%2e%2e/%2e%2e/etc/passwd', inRoot('etc', 'passwd')],
    ['kasane://app/assets/%2E%2E/index.html', inRoot('index.html')],
    ['kasane://app/../../../kasane.db', inRoot('kasane.db')],
  ])('lets the URL parser resolve dot segments in %s, which cannot climb out', (url, file) => {
    expect(resolveRendererFile(root, url)).toMatchObject({ file });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['noto.woff2', 'font/woff2'],
    ['kasane.db', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('rendererResponseHeaders', () => {
  it('carries the one CSP and forbids sniffing', () => {
    expect(rendererResponseHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(rendererResponseHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});
