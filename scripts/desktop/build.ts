import { parseArgs } from 'node:util';
import { buildDesktop } from './buildDesktop';

const usage = `使い方: npm run build -- [--skip-renderer]
  --skip-renderer  画面（renderer）のビルドを省き、main と preload だけをバンドルする`;

async function main(): Promise<number> {
  let skipRenderer: boolean;
  try {
    const { values } = parseArgs({
      options: { 'skip-renderer': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    skipRenderer = values['skip-renderer'] ?? false;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  try {
    await buildDesktop({
      renderer: !skipRenderer,
      log: (line) => process.stderr.write(line + '\n'),
    });
  } catch (error) {
    process.stderr.write(
      `ビルドに失敗しました: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  process.stderr.write('ビルドが完了しました。\n');
  return 0;
}

process.exit(await main());
