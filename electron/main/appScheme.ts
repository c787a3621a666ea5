/**
 * The desktop app's page lives at app://letterdesk/, not on file:// (Electron's
 * security checklist, item 18). A page on file:// shares its origin with every
 * file on the disk and needs the `grantFileProtocolExtraPrivileges` fuse for its
 * module scripts; a page on its own origin can reach only what our handler
 * serves. This is the pure half of that handler: which file of the page's
 * folder, if any, an app: URL names. No I/O and no Electron, so Node tests can
 * try every spelling of a path that might leave the folder.
 */
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'letterdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** What `app://letterdesk/` with no file name serves. */
const DEFAULT_FILE = 'index.html';

/**
 * The file inside `root` that `url` names, or null when the URL is not ours
 * (another scheme, host, port or user), names a folder, or tries to leave
 * `root` however it is spelled. A ?query or #fragment does not change the file.
 *
 * The URL parser already removes `.` and `..` segments, `%2e%2e` included;
 * each segment is then decoded and refused if it is still a dot segment or
 * holds a separator (`%2F`, `\`, `%5C`), a drive or stream colon, or a NUL.
 * The result is checked to be inside `root` all the same. Symbolic links are
 * the handler's to check: that needs the disk.
 */
export function appFilePath(url: string, root: string): string | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (
    target.protocol !== `${APP_SCHEME}:` ||
    target.hostname !== APP_HOST ||
    target.port !== '' ||
    target.username !== '' ||
    target.password !== ''
  ) {
    return null;
  }
  // Chromium gives a standard scheme's bare origin the path "/"; Node's parser gives "".
  const path = target.pathname === '' || target.pathname === '/' ? `/${DEFAULT_FILE}` : target.pathname;
  const names: string[] = [];
  for (const segment of path.slice(1).split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    // An empty name is a folder ("assets/") or a doubled slash: nothing is listed, nothing guessed.
    if (name === '' || name === '.' || name === '..' || /[/\\:\0]/.test(name)) return null;
    names.push(name);
  }
  const base = resolve(root);
  const file = resolve(base, ...names);
  const inside = relative(base, file);
  return inside !== '' && inside.split(sep)[0] !== '..' && !isAbsolute(inside) ? file : null;
}

/** Whether `child` is `parent` itself or inside it: for paths already resolved (and, for links, real). */
export function isInside(child: string, parent: string): boolean {
  const inside = relative(parent, child);
  return inside.split(sep)[0] !== '..' && !isAbsolute(inside);
}

/**
 * The types of the files a Vite build of the page holds. A file of any other
 * type is not part of the page and is not served: Chromium runs a module script
 * only with a JavaScript type, and `nosniff` stops it guessing one.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/** The Content-Type to send `path` with, or null for a type the page does not use. */
export function contentType(path: string): string | null {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? null;
}
