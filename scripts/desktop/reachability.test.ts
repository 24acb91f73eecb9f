import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { canReach, downloadEndpoints } from './reachability';

const servers: net.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A local port that listens (or, closed, one that refuses). */
async function localPort(listening: boolean): Promise<number> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  if (listening) servers.push(server);
  else await new Promise((resolve) => server.close(resolve));
  return address.port;
}

describe('canReach', () => {
  it('is true for a listening port', async () => {
    expect(await canReach({ host: '127.0.0.1', port: await localPort(true) })).toBe(true);
  });

  it('is false at once for a refused connection', async () => {
    const started = Date.now();
    expect(await canReach({ host: '127.0.0.1', port: await localPort(false) })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is false for a name that does not resolve', async () => {
    expect(await canReach({ host: 'kasane-no-such-host.invalid', port: 443 }, 3000)).toBe(false);
  });

  it('gives up after the timeout where packets are dropped, instead of hanging', async () => {
    // 192.0.2.0/24 is reserved for documentation: nothing answers (or the route is refused).
    const started = Date.now();
    expect(await canReach({ host: '192.0.2.1', port: 443 }, 300)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe('downloadEndpoints', () => {
  it('names GitHub and electronjs.org by default', () => {
    expect(downloadEndpoints({})).toEqual({
      electron: { host: 'github.com', port: 443 },
      tools: { host: 'github.com', port: 443 },
      headers: { host: 'www.electronjs.org', port: 443 },
    });
  });

  it('follows the mirrors electron-builder honours', () => {
    const endpoints = downloadEndpoints({
      ELECTRON_MIRROR: 'https://mirror.example.jp/electron/',
      ELECTRON_BUILDER_BINARIES_MIRROR: 'http://tools.example.jp:8080/',
    });
    expect(endpoints.electron).toEqual({ host: 'mirror.example.jp', port: 443 });
    expect(endpoints.tools).toEqual({ host: 'tools.example.jp', port: 8080 });
  });

  it('checks the proxy when one is set', () => {
    const proxy = { host: 'proxy.example.jp', port: 3128 };
    expect(downloadEndpoints({ HTTPS_PROXY: 'http://proxy.example.jp:3128' })).toEqual({
      electron: proxy,
      tools: proxy,
      headers: proxy,
    });
  });
});
