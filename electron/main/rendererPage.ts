/**
 * The app's one page, served from app://letterdesk/ (appScheme.ts). The
 * navigation guards, the request filter and the IPC sender check ask "is this
 * our page?" or "is this one of its files?"; they must agree with each other
 * and with what the app: handler serves, so all of them read URLs through
 * `appFilePath`.
 */
import { basename, dirname, resolve } from 'node:path';
import { APP_ORIGIN, appFilePath } from './appScheme';

export interface RendererPage {
  /** out/renderer/index.html */
  indexPath: string;
  /** Its app: URL, exactly as the window loads it. */
  url: string;
  /** The folder whose files the page may load (scripts, styles, fonts). */
  dir: string;
}

export function rendererPage(indexPath: string): RendererPage {
  return {
    indexPath,
    url: `${APP_ORIGIN}/${encodeURIComponent(basename(indexPath))}`,
    dir: dirname(indexPath),
  };
}

/** The app's page itself; a #fragment or ?query does not make it another page. */
export function isRendererPage(url: string, page: RendererPage): boolean {
  return appFilePath(url, page.dir) === resolve(page.indexPath);
}

/** An app: URL naming a file inside the renderer folder (never out of it, however spelled). */
export function isRendererFile(url: string, page: RendererPage): boolean {
  return appFilePath(url, page.dir) !== null;
}
