import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { appEntryUrl, hardenedWebPreferences, isAllowedRequestUrl, isAppUrl } from './security';

describe('hardenedWebPreferences', () => {
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['experimentalFeatures', false],
    ['enableWebSQL', false],
    ['plugins', false],
    ['navigateOnDragDrop', false],
    ['safeDialogs', true],
  ] as const)('sets %s to %s', (key, value) => {
    expect(hardenedWebPreferences[key]).toBe(value);
  });

  it('leaves the preload to window.ts and enables no Blink features', () => {
    expect(hardenedWebPreferences).not.toHaveProperty('preload');
    expect(hardenedWebPreferences).not.toHaveProperty('enableBlinkFeatures');
  });
});

describe('contentSecurityPolicy', () => {
  const directives = contentSecurityPolicy.split(';').map((d) => d.trim());

  it("starts from default-src 'self'", () => {
    expect(directives).toContain("default-src 'self'");
  });

  it('allows no eval and no inline scripts', () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    const script = directives.find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
  });

  it('names no remote host or scheme', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*|\.\w+\//);
    for (const source of directives.flatMap((d) => d.split(/\s+/).slice(1))) {
      expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']).toContain(source);
    }
  });

  it('forbids plugins, framing, <base> and form posts', () => {
    expect(directives).toEqual(
      expect.arrayContaining([
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ]),
    );
  });
});

describe('isAppUrl', () => {
  it.each([
    appEntryUrl,
    'kasane://app/',
    'kasane://app/index.html#/cases/12',
    'kasane://app/assets/index-abc123.js',
    'kasane://app/index.html?x=1',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'file:///work/main/out/renderer/index.html',
    'http://kasane/app',
    'http://127.0.0.1:5180/',
    'https://evil.example/',
    'https://app/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:kasane://app/0b1c',
    'kasane://evil-host/',
    'kasane://app.evil/',
    'kasane://app@evil/',
    'kasane://app:8080/',
    'kasane://user:pw@app/',
    'kasane:app/index.html',
    'kasane:///index.html',
    'KASANE://evil/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([appEntryUrl, 'data:image/png;base64,AAAA', 'blob:kasane://app/0b1c', 'devtools://x/'])(
    'lets %s through',
    (url) => {
      expect(isAllowedRequestUrl(url)).toBe(true);
    },
  );

  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1/',
    'wss://evil.example/',
    'ftp://evil.example/',
    'file:///etc/passwd',
    'kasane://evil-host/x.js',
    'chrome-extension://abc/x.js',
    'garbage',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});
