/**
 * App-wide hardening, applied once the app is ready and before any window
 * exists. LetterDesk shows one local page and makes no network request, so
 * everything else is refused: navigation, new windows, <webview>, permission
 * prompts (but clipboard writes from our page) and any request that is not for
 * the page's own files.
 */
import { app, session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { linkTarget } from '../../core/links';
import { isRendererFile, isRendererPage, type RendererPage } from './rendererPage';

/**
 * The page's own files (app://letterdesk/, no file: URL at all), devtools, and in-memory
 * data the page made itself. Nothing from the network.
 */
export function isAllowedRequest(url: string, page: RendererPage): boolean {
  if (url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:')) return true;
  return isRendererFile(url, page);
}

/** Clipboard writes from the app's own page; every other permission, and every other page, is refused. */
export function isGrantedPermission(
  permission: string,
  requestingUrl: string | undefined,
  page: RendererPage,
): boolean {
  return permission === 'clipboard-sanitized-write' && !!requestingUrl && isRendererPage(requestingUrl, page);
}

export function guardWebContents(contents: WebContents, page: RendererPage): void {
  const stayOnPage = (event: { url: string; preventDefault(): void }) => {
    if (!isRendererPage(event.url, page)) event.preventDefault();
  };
  contents.on('will-navigate', stayOnPage);
  contents.on('will-redirect', stayOnPage);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link the user opened in a new window goes to their browser or mail program, if it is a
    // link by core's one rule (never anything that runs code); the app never opens a second window.
    const target = linkTarget(url);
    if (target) {
      shell
        .openExternal(target)
        .catch((error: unknown) => console.error(`LetterDesk: could not open ${target}`, error));
    }
    return { action: 'deny' };
  });
}

function withPolicy(
  headers: Record<string, string | string[]> | undefined,
): Record<string, string | string[]> {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

export function hardenApp(page: RendererPage): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, page));

  const ses = session.defaultSession;
  // The one permission granted: our own page writing to the clipboard ("Copy as text / HTML").
  ses.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isGrantedPermission(permission, details.requestingUrl, page)),
  );
  ses.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isGrantedPermission(permission, details.requestingUrl, page),
  );
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, page);
    if (!allowed) console.warn(`LetterDesk: blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withPolicy(details.responseHeaders) });
  });
}
