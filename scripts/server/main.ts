import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../electron/contract/errors';
import { isInitialized } from '../../electron/services/setup/initializeDataFolder';
import { ensureRendererBuilt } from '../harness/ensureRendererBuilt';
import { rendererOutDir } from '../harness/startHarness';
import { createJsonLog } from './jsonLog';
import { isLoopback, parseListen } from './listenAddress';
import { startServer } from './startServer';
import { loadTlsCredentials } from './tlsCredentials';

const usage = `使い方: npm run server -- --data フォルダ --listen アドレス:ポート [--cert ファイル --key ファイル] [--http]

事務所サーバー: 1つの暗号化データベースを、事務所の各パソコンのブラウザ（Edge / Chrome）から
同時に使えるようにします。データベースのファイルを開くのはこのサーバーだけです。

  --data    データフォルダ（先に「npm run cli -- init --data フォルダ」で初期設定したもの）
  --listen  待ち受けるアドレスとポート。例: 0.0.0.0:8443（事務所のLAN）、127.0.0.1:8443（このPCのみ）、
            [::1]:8443
  --cert    IT担当が用意した証明書（PEM）。--key と一緒に指定します
  --key     その秘密鍵（PEM）
            指定がなければ、初回の起動時に鍵と自己署名証明書を作り、データフォルダの
            server-tls に保存します。起動のたびに証明書の SHA-256 フィンガープリントを表示します。
            各パソコンで初めて開くときに、ブラウザの表示と同じかを確かめてください。
  --http    HTTPS を使わずに待ち受けます（127.0.0.1 など、このPCの中だけ。試用・開発用）
  -h, --help  この説明を表示します

起動後、データベースは管理者が最初にログインしたときに開きます。それまで他の職員には
「サーバーの準備ができていません。管理者がログインしてください」と表示されます。
ログは1行に1件の JSON で標準出力に出ます。終了するには Ctrl+C（サービスなら停止）。`;

async function main(): Promise<number> {
  let values: {
    data?: string;
    listen?: string;
    cert?: string;
    key?: string;
    http?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        listen: { type: 'string' },
        cert: { type: 'string' },
        key: { type: 'string' },
        http: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch {
    process.stderr.write(`指定の仕方が正しくありません。\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const fail = (message: string) => {
    process.stderr.write(`${message}\n`);
    return 2;
  };
  if (values.data === undefined)
    return fail('--data でデータフォルダを指定してください。（--help で説明）');
  if (values.listen === undefined) {
    return fail(
      '--listen で待ち受けるアドレスとポートを指定してください。例: --listen 0.0.0.0:8443',
    );
  }
  const listen = parseListen(values.listen);
  if (!listen)
    return fail(
      `--listen の形が正しくありません: ${values.listen}（例: 0.0.0.0:8443、[::1]:8443）`,
    );
  if ((values.cert === undefined) !== (values.key === undefined)) {
    return fail('--cert と --key は両方を指定してください。');
  }
  if (values.http && !isLoopback(listen.host)) {
    return fail(
      'HTTPS なし（--http）で待ち受けられるのは 127.0.0.1 などこのパソコンの中だけです。事務所のLANでは --http を外してください。',
    );
  }
  const dataDir = path.resolve(values.data);
  // Before anything is written into it (the certificate): a folder not set up is not ours yet.
  if (!isInitialized(dataDir)) {
    return fail(
      `データフォルダがまだ初期設定されていません: ${dataDir}\n先に「npm run cli -- init --data ${dataDir}」で初期設定してください。`,
    );
  }
  const log = createJsonLog((line) => process.stdout.write(line));
  await ensureRendererBuilt(rendererOutDir, (line) =>
    log('info', 'renderer.build', { message: line }),
  );
  let server;
  try {
    const tls = values.http
      ? null
      : await loadTlsCredentials({
          dataDir,
          listenHost: listen.host,
          certFile: values.cert,
          keyFile: values.key,
        });
    server = await startServer({ dataDir, host: listen.host, port: listen.port, tls, log });
    if (tls) {
      log('info', 'tls.certificate', {
        fingerprintSha256: tls.fingerprint,
        created: tls.created,
        message: `証明書の SHA-256 フィンガープリント: ${tls.fingerprint}`,
      });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message =
      code === 'EADDRINUSE'
        ? `ポート ${listen.port} はほかのプログラムが使用中です。--listen で別のポートを指定するか、そのプログラムを止めてください。`
        : code === 'EACCES'
          ? `ポート ${listen.port} で待ち受ける権限がありません。1024 以上の番号（例: 8443）を使ってください。`
          : code === 'EADDRNOTAVAIL'
            ? `このパソコンにはアドレス ${listen.host} がありません。--listen のアドレスを確かめてください。`
            : error instanceof AppError
              ? error.message
              : `起動できませんでした: ${error instanceof Error ? error.message : String(error)}`;
    log('error', 'server.failed', { code: code ?? null, message });
    process.stderr.write(message + '\n');
    return 1;
  }
  log('info', 'server.started', {
    url: server.origin,
    dataDir,
    message: `Kasane 事務所サーバーを起動しました: ${server.origin}（データフォルダ: ${dataDir}）。管理者がログインするとデータベースが開きます。`,
  });
  const stop = (signal: string) => {
    log('info', 'server.stopping', { signal });
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return -1;
}

const code = await main();
if (code >= 0) process.exit(code);
