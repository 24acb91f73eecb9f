import { createJsonLog } from './jsonLog';
import { startServer } from './startServer';
import { loadTlsCredentials } from './tlsCredentials';

// The office server in a child process of its own (the kill -9 test and the bench): as
// `npm run server` starts it, without the renderer build. argv: DATA_DIR PORT RENDERER_DIR
// MIGRATIONS_DIR (a bundle cannot find the source tree's migrations by its own location).
async function main(): Promise<void> {
  const [dataDir, port, rendererDir, migrationsFolder] = process.argv.slice(2);
  if (!dataDir || !port || !rendererDir || !migrationsFolder) {
    process.stderr.write('usage: serverChild DATA_DIR PORT RENDERER_DIR MIGRATIONS_DIR\n');
    process.exit(2);
  }
  const log = createJsonLog((line) => process.stdout.write(line));
  const tls = await loadTlsCredentials({ dataDir, listenHost: '127.0.0.1' });
  const server = await startServer({
    dataDir,
    host: '127.0.0.1',
    port: Number(port),
    tls,
    log,
    rendererDir,
    migrationsFolder,
  });
  log('info', 'server.started', { url: server.origin, fingerprintSha256: tls.fingerprint });
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
