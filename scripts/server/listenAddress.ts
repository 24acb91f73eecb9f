import net from 'node:net';

/** Where the server listens, from `--listen ADDRESS:PORT` (IPv6 as `[::1]:8443`). */
export type ListenAddress = { host: string; port: number };

/** Reads `ADDRESS:PORT`; null when it is not one (the caller says so in Japanese). */
export function parseListen(text: string): ListenAddress | null {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text.trim());
  if (!match) return null;
  const host = match[1] ?? match[2] ?? '';
  const port = Number(match[3]);
  if (port > 65535) return null;
  if (match[1] !== undefined && !net.isIPv6(host)) return null;
  return { host, port };
}

/** Whether only this machine can reach the address (plain HTTP is allowed only there). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true;
  return net.isIPv4(host) && host.startsWith('127.');
}

/** The address as it goes into a URL. */
export function urlHost(host: string): string {
  return net.isIPv6(host) ? `[${host}]` : host;
}
