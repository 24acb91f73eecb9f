import type { Plugin } from 'vite';

const forbidden = [
  /^electron(\/|$)/,
  /^node:/,
  /^better-sqlite3/,
  /^drizzle-orm/,
  /^exceljs/,
  /(^|\/)db\//,
  /(^|\/)electron\/(services|ipc|main|preload|session)\//,
];

/** Whether an import may never reach the renderer bundle (Node, Electron, database, Excel). */
export function isForbiddenInRenderer(source: string): boolean {
  return forbidden.some((pattern) => pattern.test(source.replace(/\\/g, '/')));
}

/**
 * Fails the build when renderer code imports what belongs to the main side. ESLint says the
 * same; this keeps exceljs, the database and Electron out of the bundle even without lint.
 */
export function rendererBoundaryPlugin(): Plugin {
  return {
    name: 'kasane:renderer-boundary',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined || importer.includes('/node_modules/')) return null;
      if (isForbiddenInRenderer(source)) {
        this.error(`renderer must not import "${source}" (from ${importer})`);
      }
      return null;
    },
  };
}
