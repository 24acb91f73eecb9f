import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { repoRoot } from './bundleOptions';
import { compareVersions } from './distPrerequisites';
import { isRecord, readElectronBuilderConfig } from './electronBuilderConfig';

// .github/workflows/build.yml cannot run here; this checks that it is valid YAML whose jobs do
// what it says: tests on Debian with Chromium, installers on Windows and Linux with npm run dist,
// uploaded, on a Node that electron-builder's rebuild accepts, with scripts that exist.

type Step = {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
};
type Job = {
  'runs-on': string;
  container?: string;
  needs?: string;
  steps: Step[];
  strategy?: { matrix: { os: string[] } };
};

const workflowFile = path.join(repoRoot, '.github/workflows/build.yml');
const document = parseDocument(fs.readFileSync(workflowFile, 'utf8'), { uniqueKeys: true });
const workflow: unknown = document.toJS();
const jobs = (isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {}) as Record<
  string,
  Job
>;
const packageJson = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

const job = (name: string): Job => {
  const found = jobs[name];
  if (!found) throw new Error(`no job ${name}`);
  return found;
};
const runs = (j: Job): string[] => j.steps.map((step) => step.run ?? '');
const indexOfRun = (j: Job, text: string) => runs(j).findIndex((run) => run.includes(text));

describe('.github/workflows/build.yml', () => {
  it('is valid YAML, runs on pushes, tags and pull requests, and may only read the repo', () => {
    expect(document.errors).toEqual([]);
    expect(document.warnings).toEqual([]);
    expect(isRecord(workflow)).toBe(true);
    if (!isRecord(workflow)) return;
    expect(Object.keys(workflow.on as object)).toEqual(
      expect.arrayContaining(['push', 'pull_request', 'workflow_dispatch']),
    );
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(jobs)).toEqual(['test', 'installers', 'electron-e2e']);
  });

  it('tests on Debian with Chromium, Japanese fonts and poppler, after npm ci', () => {
    const test = job('test');
    expect(test['runs-on']).toBe('ubuntu-latest');
    expect(test.container).toMatch(/^node:22-bookworm$/);
    const apt = runs(test).find((run) => run.includes('apt-get install')) ?? '';
    for (const pkg of ['chromium', 'fonts-noto-cjk', 'poppler-utils', 'nsis']) {
      expect(apt.split(/\s+/)).toContain(pkg);
    }
    const ci = indexOfRun(test, 'npm ci');
    expect(ci).toBeGreaterThan(0);
    expect(indexOfRun(test, 'npm run -s typecheck')).toBeGreaterThan(ci);
    expect(indexOfRun(test, 'npm run -s lint')).toBeGreaterThan(ci);
    const npmTest = test.steps.find((step) => step.run === 'npm test');
    expect(npmTest?.env).toEqual({ CHROME_PATH: '/usr/bin/chromium' });
  });

  it('builds installers with npm run dist on Windows and Linux once the tests pass', () => {
    const installers = job('installers');
    expect(installers.needs).toBe('test');
    expect(installers['runs-on']).toBe('${{ matrix.os }}');
    expect(installers.strategy?.matrix.os).toEqual(['windows-latest', 'ubuntu-latest']);
    const checkout = installers.steps.findIndex((s) => s.uses?.startsWith('actions/checkout@'));
    const ci = indexOfRun(installers, 'npm ci');
    const dist = installers.steps.findIndex((s) => s.run === 'npm run dist');
    expect(checkout).toBe(0);
    expect(ci).toBeGreaterThan(checkout);
    expect(dist).toBeGreaterThan(ci);
  });

  it('uploads every installer electron-builder.yml declares, and fails if there is none', () => {
    const upload = job('installers').steps.find((s) =>
      s.uses?.startsWith('actions/upload-artifact@'),
    );
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    const paths = String(upload?.with?.path).trim().split('\n');
    expect(paths).toEqual(['release/*.exe', 'release/*.AppImage', 'release/*.deb']);
    const config = readElectronBuilderConfig(repoRoot);
    const output = isRecord(config.directories) ? config.directories.output : undefined;
    expect(paths.every((p) => p.startsWith(`${String(output)}/`))).toBe(true);
    expect(JSON.stringify(config.win)).toContain('nsis');
    expect(JSON.stringify(config.linux)).toContain('AppImage');
    expect(JSON.stringify(config.linux)).toContain('deb');
  });

  it('runs the Electron E2E where a missing Electron fails instead of skipping', () => {
    const e2e = job('electron-e2e');
    const step = e2e.steps.find((s) => s.run?.includes('npm run test:electron'));
    expect(step?.run).toMatch(/^xvfb-run -a /);
    expect(step?.env).toEqual({ KASANE_REQUIRE_ELECTRON: '1' });
    expect(indexOfRun(e2e, 'install-app-deps')).toBeLessThan(indexOfRun(e2e, 'test:electron'));
  });

  it("uses a Node that electron-builder's rebuild accepts", () => {
    const rebuild = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'node_modules/@electron/rebuild/package.json'), 'utf8'),
    ) as { engines: { node: string } };
    const minimumMajor = Number(/(\d+)\./.exec(rebuild.engines.node)?.[1]);
    const majors = Object.values(jobs).flatMap((j) => [
      ...j.steps
        .filter((s) => s.uses?.startsWith('actions/setup-node@'))
        .map((s) => Number(s.with?.['node-version'])),
      ...(j.container ? [Number(/node:(\d+)/.exec(j.container)?.[1])] : []),
    ]);
    expect(majors.length).toBe(3);
    for (const major of majors)
      expect(compareVersions(String(major), String(minimumMajor))).toBeGreaterThanOrEqual(0);
  });

  it('pins every action to a major version and runs only npm scripts that exist', () => {
    for (const step of Object.values(jobs).flatMap((j) => j.steps)) {
      if (step.uses !== undefined) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
      for (const match of (step.run ?? '').matchAll(/npm run (?:-s )?([\w:-]+)/g)) {
        expect(Object.keys(packageJson.scripts)).toContain(match[1]);
      }
    }
  });
});
