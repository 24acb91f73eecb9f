import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ensureRendererBuilt } from './ensureRendererBuilt';
import { rendererOutDir, startHarness } from './startHarness';

const usage = `使い方: npm run web -- [--data フォルダ] [--port 番号]
  --data  データフォルダ（省略時はリポジトリ内の .kasane-dev/data。開発用）
  --port  待ち受けるポート（省略時 5180。0 で空いている番号）`;

async function main(): Promise<number> {
  let values: { data?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const port = values.port === undefined ? 5180 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`ポート番号が正しくありません: ${values.port}\n${usage}\n`);
    return 2;
  }
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const dataDir = path.resolve(values.data ?? path.join(repoRoot, '.kasane-dev', 'data'));
  const log = (line: string) => process.stderr.write(line + '\n');

  await ensureRendererBuilt(rendererOutDir, log);
  let harness;
  try {
    harness = await startHarness({ dataDir, port, log });
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `ポート ${port} は使用中です。--port で別の番号を指定してください。\n`
        : `起動できませんでした: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  process.stdout.write(
    [
      'Kasane（かさね）をブラウザで開けます（開発・テスト用。127.0.0.1 のみで待ち受けます）',
      `データフォルダ: ${dataDir}`,
      `URL: ${harness.url}`,
      '終了するには Ctrl+C を押してください。',
      '',
    ].join('\n'),
  );
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
}

const code = await main();
if (code >= 0) process.exit(code);
