import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { build, type Rollup } from 'vite';
import type { BenchLine } from '../benchResult';
import type { Measure } from '../benchContext';

const rendererRoot = path.resolve(import.meta.dirname, '../../../renderer');

/** Features whose code must load only when used (print preview, Excel import and export). */
const lazyFeatures = ['/src/features/print/', '/src/features/import/', '/src/features/export/'];

type Chunk = Rollup.OutputChunk;

/** The chunks the page loads before anything is clicked: the entry and its static imports. */
function initialChunks(chunks: Chunk[]): Chunk[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return [...seen.values()];
}

function outputChunks(result: Awaited<ReturnType<typeof build>>): Chunk[] {
  const outputs = Array.isArray(result) ? result : [result];
  return outputs.flatMap((output) =>
    'output' in output ? output.output.filter((item): item is Chunk => item.type === 'chunk') : [],
  );
}

/**
 * renderer initial JavaScript: a production build into a temp folder (the harness's out/renderer
 * is left alone), then the gzip size of the entry chunk and its static imports; and the print and
 * Excel modules found in those initial chunks (there should be none: they load on first use).
 */
export const rendererSizeBench: Measure = async ({ log }) => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kasane-bench-renderer-'));
  try {
    const result = await build({
      configFile: path.join(rendererRoot, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const initial = initialChunks(outputChunks(result));
    const gzipBytes = initial.reduce(
      (sum, chunk) => sum + zlib.gzipSync(chunk.code, { level: 9 }).length,
      0,
    );
    const eager = initial
      .flatMap((chunk) => chunk.moduleIds)
      .filter((id) => lazyFeatures.some((folder) => id.includes(folder)));
    for (const id of eager) log(`初期読み込みに含まれています: ${path.relative(rendererRoot, id)}`);
    const lines: BenchLine[] = [
      {
        id: 'rendererInitialJs',
        label: '画面の初期JavaScript（gzip）',
        value: gzipBytes / 1024,
        unit: 'KB',
        budget: 500,
        note: `${initial.length} chunks`,
      },
      {
        id: 'rendererLazyCode',
        label: '初期読み込みに入った印刷・Excelのモジュール',
        value: eager.length,
        unit: '件',
        budget: 0,
      },
    ];
    return lines;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
};
