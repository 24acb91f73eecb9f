import path from 'node:path';
import { parseArgs } from 'node:util';
import { isBenchScale } from './benchScales';
import { formatReport, runBench } from './runBench';

/**
 * `npm run bench [-- --scale town|city] [--fresh] [--only name,name] [--json FILE]`: measures the
 * budgets of issue 10 on a generated data set and exits 1 listing the misses.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'town' },
      fresh: { type: 'boolean', default: false },
      only: { type: 'string', default: '' },
      json: { type: 'string' },
    },
  });
  const scale = values.scale;
  if (!isBenchScale(scale)) {
    process.stderr.write(`--scale は town か city を指定してください（指定: ${scale}）\n`);
    return 2;
  }
  const report = await runBench({
    scale,
    fresh: values.fresh,
    only: values.only.split(',').filter((name) => name !== ''),
    jsonPath: values.json ?? path.join('bench-results', `${scale}.json`),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(formatReport(report));
  return report.misses.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ベンチマークを実行できませんでした: ${String(error)}\n`);
    process.exit(2);
  },
);
