import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { rendererResponseHeaders } from './rendererFiles';
import {
  appEntryUrl,
  hardenedWebPreferences,
  isAllowedRequestUrl,
  isAppUrl,
  isServerUrl,
} from './security';

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

/** Every non-test TypeScript file under electron/, parsed. */
function electronSources(): ts.SourceFile[] {
  const root = path.resolve(import.meta.dirname, '..');
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(test|testing)\.ts$/.test(file))
    .map((file) =>
      ts.createSourceFile(
        file,
        fs.readFileSync(path.join(root, file), 'utf8'),
        ts.ScriptTarget.ES2022,
      ),
    );
}

function visit(node: ts.Node, found: (node: ts.Node) => void): void {
  found(node);
  node.forEachChild((child) => visit(child, found));
}

type WindowPreferences = { file: string; spreads: string[]; keys: string[] };

/** The webPreferences literal of every `new BrowserWindow({...})` in electron/. */
function browserWindowPreferences(): WindowPreferences[] {
  const windows: WindowPreferences[] = [];
  for (const source of electronSources()) {
    visit(source, (node) => {
      if (!ts.isNewExpression(node) || node.expression.getText(source) !== 'BrowserWindow') return;
      const [options] = node.arguments ?? [];
      const preferences =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name?.getText(source) === 'webPreferences')
          : undefined;
      const literal =
        preferences && ts.isPropertyAssignment(preferences) ? preferences.initializer : undefined;
      windows.push({
        file: source.fileName,
        spreads:
          literal && ts.isObjectLiteralExpression(literal)
            ? literal.properties
                .filter(ts.isSpreadAssignment)
                .map((p) => p.expression.getText(source))
            : [],
        keys:
          literal && ts.isObjectLiteralExpression(literal)
            ? literal.properties.flatMap((p) => (p.name ? [p.name.getText(source)] : []))
            : ['(not an object literal)'],
      });
    });
  }
  return windows;
}

describe('every window the main process opens', () => {
  const windows = browserWindowPreferences();

  it('is found (the main window and the hidden PDF window)', () => {
    expect(windows.map((w) => path.basename(w.file)).sort()).toEqual(['pdfSaver.ts', 'window.ts']);
  });

  it.each(windows)('in $file starts from hardenedWebPreferences and overrides none of it', (w) => {
    expect(w.spreads).toEqual(['hardenedWebPreferences']);
    const hardened = Object.keys(hardenedWebPreferences);
    expect(w.keys.filter((key) => hardened.includes(key))).toEqual([]);
    for (const key of w.keys) expect(['devTools', 'preload']).toContain(key);
  });

  it('is never weakened anywhere in electron/ by a literal setting', () => {
    const weakening: Record<string, ts.SyntaxKind> = {
      contextIsolation: ts.SyntaxKind.FalseKeyword,
      sandbox: ts.SyntaxKind.FalseKeyword,
      webSecurity: ts.SyntaxKind.FalseKeyword,
      nodeIntegration: ts.SyntaxKind.TrueKeyword,
      nodeIntegrationInWorker: ts.SyntaxKind.TrueKeyword,
      nodeIntegrationInSubFrames: ts.SyntaxKind.TrueKeyword,
      allowRunningInsecureContent: ts.SyntaxKind.TrueKeyword,
      webviewTag: ts.SyntaxKind.TrueKeyword,
      experimentalFeatures: ts.SyntaxKind.TrueKeyword,
    };
    const found: string[] = [];
    for (const source of electronSources()) {
      visit(source, (node) => {
        if (!ts.isPropertyAssignment(node)) return;
        const name = node.name.getText(source);
        if (weakening[name] === node.initializer.kind || name === 'enableBlinkFeatures') {
          found.push(`${source.fileName}: ${node.getText(source)}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('is sent as a header with every app response', () => {
    expect(rendererResponseHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy);
  });

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

describe('isServerUrl (a client PC: the office server it connects to)', () => {
  const origin = 'https://192.168.10.5:8443';
  it.each([
    ['https://192.168.10.5:8443/', true],
    ['https://192.168.10.5:8443/api/call', true],
    ['blob:https://192.168.10.5:8443/1b4e28ba-2fa1-11d2-883f-0016d3cca427', true],
    ['http://192.168.10.5:8443/', false],
    ['https://192.168.10.5:9443/', false],
    ['https://192.168.10.6:8443/', false],
    ['https://user@192.168.10.5:8443/', false],
    ['blob:https://evil.example/1b4e28ba', false],
    ['kasane://app/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isServerUrl(url, origin)).toBe(expected);
  });

  it('allows nothing when no server is chosen', () => {
    expect(isServerUrl('https://192.168.10.5:8443/', null)).toBe(false);
  });
});
