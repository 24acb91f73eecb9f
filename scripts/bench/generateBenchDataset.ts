import { generateDataset } from './benchDataset';
import { isBenchScale } from './benchScales';

// Run by prepareDataset in a child process: `generateBenchDataset.ts <scale> <dataDir>`.
const [scale = '', dataDir = ''] = process.argv.slice(2);
if (!isBenchScale(scale) || dataDir === '') {
  process.stderr.write('使い方: generateBenchDataset.ts town|city <データフォルダ>\n');
  process.exit(2);
}
generateDataset(scale, dataDir, (line) => process.stdout.write(`${line}\n`));
