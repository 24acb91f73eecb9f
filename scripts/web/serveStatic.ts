import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { contentTypeFor } from '../../electron/main/rendererFiles';

/**
 * Serves one file from `root` for a URL path, refusing anything that resolves outside it.
 * Unknown paths fall back to index.html (the renderer routes on the client).
 */
export function serveStatic(
  root: string,
  urlPath: string,
  res: ServerResponse,
  headers: Record<string, string>,
): void {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    res.writeHead(400, headers).end();
    return;
  }
  const requested = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  const inside = requested === root || requested.startsWith(root + path.sep);
  if (!inside || decoded.includes('\0')) {
    res.writeHead(404, headers).end();
    return;
  }
  let file = requested;
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  res.writeHead(200, { ...headers, 'Content-Type': contentTypeFor(file) });
  fs.createReadStream(file).pipe(res);
}
