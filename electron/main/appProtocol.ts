import fs from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor, rendererResponseHeaders, resolveRendererFile } from './rendererFiles';
import { appScheme } from './security';

/**
 * Declares `kasane:` before the app is ready (Electron requires it then). Standard gives it a
 * real origin and relative URLs; secure makes it a secure context like https; fetch works for
 * the page's own files. No CSP bypass, no service workers, and no `corsEnabled`, which would
 * let other origins read these files: same-origin loads (module scripts included) need none.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer (`rendererRoot`, i.e. out/renderer) on `kasane://app/…`, with the
 * CSP as a response header. Only files under that folder are reachable; the rest gets 404.
 */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405);
    const target = resolveRendererFile(rendererRoot, request.url);
    if (target.kind === 'refused') return status(404);
    const file =
      target.kind === 'route' && !(await isFile(target.file)) ? target.fallback : target.file;
    if (!(await isFile(file))) return status(404);
    const body = await fs.readFile(file);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...rendererResponseHeaders, 'Content-Type': contentTypeFor(file) },
    });
  });
}

function status(code: number): Response {
  return new Response(null, { status: code, headers: rendererResponseHeaders });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}
