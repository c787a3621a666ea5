/**
 * The desktop app's app://letterdesk/ handler over a real folder on disk, as
 * registered with a stand-in for Electron's `protocol` (the real one needs the
 * Electron binary): what it serves, with which headers, and what it refuses.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { registerAppScheme, serveAppScheme } = await import('../../electron/main/appProtocol');

type Handler = (request: Request) => Promise<Response>;

let base: string;
let root: string;
let handler: Handler;

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // base/out/renderer is the page's folder; base/out/main and base/secret.txt are beside and above it.
  base = await mkdtemp(join(tmpdir(), 'letterdesk-app-scheme-'));
  root = join(base, 'out', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(base, 'out', 'main'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>LetterDesk</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("page")');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'notes.md'), '# not part of the page');
  await writeFile(join(base, 'out', 'main', 'index.js'), 'main process');
  await writeFile(join(base, 'secret.js'), 'secret');
  // A link that stays inside is the folder's own file; links out of it are refused.
  await symlink(join(root, 'assets', 'index-abc.js'), join(root, 'alias.js'));
  await symlink(join(base, 'secret.js'), join(root, 'assets', 'escape.js'));
  await symlink(join(base, 'out', 'main'), join(root, 'mainlink'));
  serveAppScheme(root);
  handler = electron.protocol.handle.mock.calls[0][1] as Handler;
});
afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => handler(new Request(url, init));

describe('registering app://', () => {
  it('declares the scheme standard and secure, with fetch and code cache, never bypassing the CSP', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('handles the app scheme on the default session', () => {
    expect(electron.protocol.handle).toHaveBeenCalledTimes(1);
    expect(electron.protocol.handle.mock.calls[0][0]).toBe('app');
  });
});

describe('app://letterdesk/: the files of the page', () => {
  it('serves the page with its type and the app’s Content-Security-Policy', async () => {
    const response = await get('app://letterdesk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>LetterDesk</title>');
  });

  it('serves the page for the bare origin and ignores query and fragment', async () => {
    for (const url of ['app://letterdesk/', 'app://letterdesk/index.html?token=1#letter-7']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>LetterDesk</title>');
    }
  });

  it.each([
    ['app://letterdesk/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log("page")'],
    ['app://letterdesk/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://letterdesk/favicon.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['app://letterdesk/alias.js', 'text/javascript; charset=utf-8', 'console.log("page")'],
  ])('serves %s as %s, without a policy of its own', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(await response.text()).toBe(body);
  });

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://letterdesk/assets/index-abc.js', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('');
  });
});

describe('app://letterdesk/: nothing else', () => {
  it.each([
    ['a missing file', 'app://letterdesk/assets/missing.js'],
    ['a climb out, resolved at the folder', 'app://letterdesk/../main/index.js'],
    ['an encoded climb out', 'app://letterdesk/%2e%2e/%2e%2e/secret.js'],
    ['an encoded slash', 'app://letterdesk/assets%2f..%2f..%2fsecret.js'],
    ['backslashes', 'app://letterdesk/..\\..\\secret.js'],
    ['a link to a file outside', 'app://letterdesk/assets/escape.js'],
    ['a file through a linked folder outside', 'app://letterdesk/mainlink/index.js'],
    ['a folder', 'app://letterdesk/assets'],
    ['a folder with a slash', 'app://letterdesk/assets/'],
    ['a file of a type the page does not use', 'app://letterdesk/notes.md'],
    ['another host', 'app://elsewhere/index.html'],
    ['a port', 'app://letterdesk:1/index.html'],
  ])('answers 404 to %s', async (_, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s: the page is read, never written', async (method) => {
    const response = await get('app://letterdesk/index.html', {
      method,
      ...(method === 'DELETE' ? {} : { body: 'x' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('serves the folder’s files when the folder itself is reached through a link', async () => {
    const linked = join(base, 'linked-renderer');
    await symlink(root, linked);
    electron.protocol.handle.mockClear();
    serveAppScheme(linked);
    const viaLink = electron.protocol.handle.mock.calls[0][1] as Handler;
    expect((await viaLink(new Request('app://letterdesk/index.html'))).status).toBe(200);
    expect((await viaLink(new Request('app://letterdesk/assets/escape.js'))).status).toBe(404);
  });
});
