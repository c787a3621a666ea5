/**
 * The app's one page, as a file URL. Navigation guards and the IPC sender
 * check both ask "is this our page?"; they must agree, so they share this.
 */
import { dirname, relative, isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface RendererPage {
  /** out/renderer/index.html */
  indexPath: string;
  /** Its file URL, exactly as `loadFile` produces it. */
  url: string;
  /** The folder whose files the page may load (scripts, styles, fonts). */
  dir: string;
}

export function rendererPage(indexPath: string): RendererPage {
  return { indexPath, url: pathToFileURL(indexPath).href, dir: dirname(indexPath) };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Same file as the app's page; a #fragment or ?query does not make it another page. */
export function isRendererPage(url: string, page: RendererPage): boolean {
  const target = parse(url);
  const own = parse(page.url);
  return (
    !!target &&
    !!own &&
    target.protocol === 'file:' &&
    target.host === own.host &&
    target.pathname === own.pathname
  );
}

/** A file: URL naming a file inside the renderer folder (never `..` out of it). */
export function isRendererFile(url: string, page: RendererPage): boolean {
  const target = parse(url);
  if (!target || target.protocol !== 'file:') return false;
  let path: string;
  try {
    path = fileURLToPath(target);
  } catch {
    return false;
  }
  const inside = relative(page.dir, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}
