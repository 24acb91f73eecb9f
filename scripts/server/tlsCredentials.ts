import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { generate } from 'selfsigned';

/** The server's key and certificate, and the certificate's SHA-256 fingerprint to compare. */
export type TlsCredentials = { key: string; cert: string; fingerprint: string; created: boolean };

/** Where the made key and certificate are kept (inside the data folder, readable by the service only). */
export function tlsPaths(dataDir: string): { dir: string; key: string; cert: string } {
  const dir = path.join(dataDir, 'server-tls');
  return { dir, key: path.join(dir, 'server-key.pem'), cert: path.join(dir, 'server-cert.pem') };
}

/**
 * The key and certificate IT gave (--cert, --key), else the ones made at the first start, else
 * new ones: an EC P-256 key and a self-signed certificate for ten years naming this machine,
 * localhost and the listen address (all of the machine's LAN addresses when it listens on all). Staff compare the fingerprint the server prints (and 管理
 * shows) with what the browser shows the first time.
 */
export async function loadTlsCredentials(options: {
  dataDir: string;
  listenHost: string;
  certFile?: string;
  keyFile?: string;
  now?: Date;
}): Promise<TlsCredentials> {
  if (options.certFile !== undefined && options.keyFile !== undefined) {
    const cert = fs.readFileSync(options.certFile, 'utf8');
    const key = fs.readFileSync(options.keyFile, 'utf8');
    return { key, cert, fingerprint: fingerprintOf(cert), created: false };
  }
  const files = tlsPaths(options.dataDir);
  if (fs.existsSync(files.cert) && fs.existsSync(files.key)) {
    const cert = fs.readFileSync(files.cert, 'utf8');
    return {
      key: fs.readFileSync(files.key, 'utf8'),
      cert,
      fingerprint: fingerprintOf(cert),
      created: false,
    };
  }
  const notBeforeDate = options.now ?? new Date();
  const notAfterDate = new Date(notBeforeDate);
  notAfterDate.setFullYear(notAfterDate.getFullYear() + 10);
  // Listening on every address, staff may type any of this machine's LAN addresses.
  const everyAddress = options.listenHost === '0.0.0.0' || options.listenHost === '::';
  const lanAddresses = everyAddress
    ? Object.values(os.networkInterfaces())
        .flat()
        .filter((info) => info !== undefined && !info.internal)
        .map((info) => info?.address ?? '')
    : [];
  const names = new Set(['localhost', os.hostname(), options.listenHost, ...lanAddresses]);
  const altNames = [...names]
    .filter((name) => name !== '0.0.0.0' && name !== '::' && name !== '')
    .map((name) =>
      net.isIP(name) ? { type: 7 as const, ip: name } : { type: 2 as const, value: name },
    );
  altNames.push({ type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' });
  const made = await generate([{ name: 'commonName', value: `Kasane ${os.hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames },
    ],
  });
  fs.mkdirSync(files.dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(files.key, made.private, { mode: 0o600 });
  fs.writeFileSync(files.cert, made.cert, { mode: 0o644 });
  return {
    key: made.private,
    cert: made.cert,
    fingerprint: fingerprintOf(made.cert),
    created: true,
  };
}

/** SHA-256 of the certificate, as browsers show it (AB:CD:…). */
export function fingerprintOf(certPem: string): string {
  return new crypto.X509Certificate(certPem).fingerprint256;
}
