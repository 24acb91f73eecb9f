import net from 'node:net';

/** A host and port that packaging downloads from. */
export type Endpoint = { host: string; port: number };

/** What packaging downloads, and from where (mirrors and a proxy taken into account). */
export type DownloadEndpoints = {
  /** The Electron zip (not needed when a local Electron is used). */
  electron: Endpoint;
  /** NSIS, AppImage, fpm, rcedit …: electron-builder's tool bundles. */
  tools: Endpoint;
  /** Electron's headers, for building the database driver for Electron's ABI. */
  headers: Endpoint;
};

/**
 * The endpoints electron-builder and @electron/rebuild would contact. With HTTPS_PROXY set, the
 * proxy is what must be reachable; mirrors replace GitHub the way electron-builder honours them.
 */
export function downloadEndpoints(env: NodeJS.ProcessEnv): DownloadEndpoints {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy;
  if (proxy !== undefined && proxy !== '') {
    const viaProxy = endpointOf(proxy);
    return { electron: viaProxy, tools: viaProxy, headers: viaProxy };
  }
  return {
    electron: endpointOf(env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/'),
    tools: endpointOf(
      env.ELECTRON_BUILDER_BINARIES_MIRROR ||
        'https://github.com/electron-userland/electron-builder-binaries/releases/',
    ),
    headers: endpointOf('https://www.electronjs.org/headers'),
  };
}

function endpointOf(url: string): Endpoint {
  const parsed = new URL(url);
  const port = parsed.port !== '' ? Number(parsed.port) : parsed.protocol === 'http:' ? 80 : 443;
  return { host: parsed.hostname, port };
}

/**
 * Whether a TCP connection to the endpoint opens within `timeoutMs`. Name lookup and connect
 * both fall under the one timer, so a network that silently drops packets answers `false` in
 * time instead of leaving packaging to hang on a download.
 */
export function canReach(endpoint: Endpoint, timeoutMs = 4000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: endpoint.host, port: endpoint.port });
    const finish = (reachable: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(reachable);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** host:port, as messages show it. */
export function endpointText(endpoint: Endpoint): string {
  return `${endpoint.host}:${endpoint.port}`;
}
