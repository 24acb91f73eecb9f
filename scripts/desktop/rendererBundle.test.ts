import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempDir } from '../../db/testing/createTestDb';
import { contentSecurityPolicy } from '../../electron/main/contentSecurityPolicy';
import { metaPolicy } from '../../renderer/vite-plugins/cspMetaPlugin';
import { repoRoot } from './bundleOptions';

// The renderer as the packaged app ships it, built here with Vite's API into a temp folder (a
// few seconds): the sandboxed renderer has no Node, so any require() or node: import in the
// bundle is code that would break or try to reach past the sandbox.

let outDir: string;
let scripts: Array<{ file: string; code: string }>;
let html: string;

beforeAll(async () => {
  outDir = createTempDir();
  await build({
    configFile: path.join(repoRoot, 'renderer/vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  const assets = path.join(outDir, 'assets');
  scripts = fs
    .readdirSync(assets)
    .filter((name) => /\.m?js$/.test(name))
    .map((name) => ({ file: name, code: fs.readFileSync(path.join(assets, name), 'utf8') }));
  html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** Every way a bundle could load a Node or Electron module at runtime. */
function nodeLoadsIn(code: string): string[] {
  const patterns = [
    /(?<![\w$.])require\s*\(\s*[^)]{0,60}\)?/g,
    /\bimport\s*\(\s*["'`](?:node:|electron\b)[^"'`]*["'`]\s*\)/g,
    /\bfrom\s*["'](?:node:|electron\b)[^"']*["']/g,
    /\bprocess\.(?:binding|dlopen)\b/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[0]));
}

describe('the built renderer bundle', () => {
  it('is there and is the whole app', () => {
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.reduce((size, s) => size + s.code.length, 0)).toBeGreaterThan(100_000);
  });

  it('loads no Node or Electron module (no require, no node: or electron import)', () => {
    for (const { file, code } of scripts) expect([file, nodeLoadsIn(code)]).toEqual([file, []]);
  });

  it('would notice one (the scan can fail)', () => {
    expect(nodeLoadsIn('const f=require("fs");')).toEqual(['require("fs")']);
    expect(nodeLoadsIn('import("node:child_process")')).toHaveLength(1);
    expect(nodeLoadsIn('import{ipcRenderer}from"electron"')).toHaveLength(1);
    expect(nodeLoadsIn('x.require(1); myrequire(2); process.binding("fs")')).toEqual([
      'process.binding',
    ]);
  });

  it('carries the CSP in a meta tag, runs no inline script and names no remote URL', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    // The whole policy but frame-ancestors, which only a response header can carry.
    expect(meta?.[1]).toBe(metaPolicy(contentSecurityPolicy));
    expect(meta?.[1]).toContain("script-src 'self';");
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc="\.\//);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
  });
});
