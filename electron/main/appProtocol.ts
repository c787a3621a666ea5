/**
 * Serves the page's folder (out/renderer) as app://letterdesk/, and nothing
 * else: appScheme.ts decides which file a URL names; this file checks it on the
 * disk (a real file, no link out of the folder, a type the page uses) and
 * answers. Anything else is a 404, the same answer for "missing" and "refused",
 * so a page cannot probe the disk through it.
 */
// Called through the `promises` object, not named imports of node:fs/promises: Electron patches that
// object's methods in place so they read inside app.asar, where the packaged page lives.
import { promises as fs } from 'node:fs';
import { protocol, type Privileges } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { APP_SCHEME, appFilePath, contentType, isInside } from './appScheme';

/**
 * `standard`: a real origin (app://letterdesk), so relative URLs resolve and
 * sessionStorage works; `secure`: a secure context, as file:// was, which the
 * clipboard needs; `supportFetchAPI`: the page may fetch its own files (the
 * same ones it may load as scripts); `codeCache`: V8 keeps compiled scripts,
 * for start-up. Not `bypassCSP`: the page's policy applies in full. Not
 * `corsEnabled` or `allowServiceWorkers`: nothing needs them.
 */
export const APP_SCHEME_PRIVILEGES: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
};

/** Before `ready`: Chromium fixes each scheme's privileges when it starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

/** After `ready`, before the window loads the page: the default session's app: requests go to `root`. */
export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, root));
}

function notFound(url: string): Response {
  console.warn(`LetterDesk: ${url.slice(0, 200)} is not a file of the page`);
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The answer to one app: request: a file of `root` with its type (and, for HTML, the page's policy), or 404. */
export async function appResponse(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
  }
  const path = appFilePath(request.url, root);
  const type = path && contentType(path);
  if (!path || !type) return notFound(request.url);
  let body: Buffer;
  try {
    // Links are followed only where they stay in the folder: compare the real paths.
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(path)]);
    if (!isInside(realFile, realRoot) || !(await fs.stat(realFile)).isFile()) return notFound(request.url);
    body = await fs.readFile(realFile);
  } catch {
    return notFound(request.url);
  }
  const headers = {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    // The page's policy as a header too, as the browser-mode server sends it (core/csp.ts).
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}
