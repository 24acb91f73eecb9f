import net from 'node:net';

/** The port the office server listens on unless IT chose another (docs/install.md 8.2). */
export const defaultServerPort = 8443;

/** Where the office server is: always HTTPS, a host and a port, nothing else. */
export type ServerAddress = { origin: string; host: string; port: number };

export type ParsedServerAddress =
  { ok: true; address: ServerAddress } | { ok: false; message: string };

/**
 * Reads the address a member of staff typed on the first-run screen — `kasane-sv`,
 * `192.168.10.5:8443`, `https://kasane-sv:8443/`, `[fe80::1]:8443` — into an HTTPS origin.
 * Full-width characters are accepted (an IME left on); a path, a query, a user name or plain
 * `http://` are refused with what to type instead.
 */
export function parseServerAddress(typed: string): ParsedServerAddress {
  const text = typed.normalize('NFKC').trim();
  if (text === '') return refuse('サーバーのアドレスを入力してください。例: 192.168.10.5:8443');
  if (/\s/.test(text)) return refuse('アドレスに空白は入りません。');
  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (schemeMatch && schemeMatch[1]?.toLowerCase() !== 'https') {
    return refuse(
      '事務所サーバーへは https でだけ接続します。「https://」で始めるか、アドレスとポートだけを入力してください。',
    );
  }
  let url: URL;
  try {
    url = new URL(schemeMatch ? text : `https://${text}`);
  } catch {
    return refuse(`アドレスの形が正しくありません: ${typed.trim()}（例: 192.168.10.5:8443）`);
  }
  if (url.username !== '' || url.password !== '') {
    return refuse('アドレスにユーザー名やパスワードは入れません。');
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    return refuse('アドレスとポートだけを入力してください（「/」のあとの部分は不要です）。');
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (host === '' || host === '0.0.0.0' || host === '::') {
    return refuse('接続先のアドレスを入力してください（0.0.0.0 は接続先にはなりません）。');
  }
  if (
    !net.isIP(host) &&
    !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)
  ) {
    return refuse(`アドレスの形が正しくありません: ${typed.trim()}`);
  }
  const port = url.port === '' ? defaultServerPort : Number(url.port);
  const hostInUrl = net.isIPv6(host) ? `[${host}]` : host;
  return { ok: true, address: { origin: `https://${hostInUrl}:${port}`, host, port } };
}

/** The address of a saved origin (`https://host:port`), as parseServerAddress made it. */
export function addressOfOrigin(origin: string): ServerAddress | null {
  const parsed = parseServerAddress(origin);
  return parsed.ok && parsed.address.origin === origin ? parsed.address : null;
}

function refuse(message: string): ParsedServerAddress {
  return { ok: false, message };
}
