import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

// The real `electron` package would try to download its binary; these stand-ins record what the app registers.
const electron = vi.hoisted(() => {
  return {
    app: { on: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
  };
});
vi.mock('electron', () => electron);

const { hardenApp } = await import('../../electron/main/security');
const { rendererPage } = await import('../../electron/main/rendererPage');

const page = rendererPage(join('/opt/LetterDesk/resources/app.asar/out/renderer', 'index.html'));
const pageFile = (name: string) => `app://letterdesk/${name}`;
/** The same file as a file: URL, as the page was loaded before it moved to app://. */
const asFileUrl = (name: string) => pathToFileURL(join(page.dir, name)).href;

/** A window's web contents as the security module sees it. */
function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    windowOpenHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      contents.windowOpenHandler = handler;
    },
  });
  const [, onCreated] = electron.app.on.mock.calls.find(([event]) => event === 'web-contents-created')!;
  onCreated({}, contents);
  return contents;
}

/** Fires a navigation event and says whether the app let it happen. */
function navigate(contents: EventEmitter, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const details = { url, preventDefault: vi.fn() };
  contents.emit(event, details, url);
  return details.preventDefault.mock.calls.length === 0;
}

function beforeRequest(url: string): { cancel?: boolean } {
  const listener = electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0][0];
  let response: { cancel?: boolean } = {};
  listener({ url }, (r: { cancel?: boolean }) => (response = r));
  return response;
}

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  hardenApp(page);
});

describe('Electron hardening: windows and navigation', () => {
  it('denies every new window, opening only web and mail links in the system browser', () => {
    const contents = fakeContents();
    expect(contents.windowOpenHandler?.({ url: 'https://www.euobserver.com/article' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'mailto:editor@example.com' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal.mock.calls).toEqual([
      ['https://www.euobserver.com/article'],
      ['mailto:editor@example.com'],
    ]);
  });

  it('stays on its own page: other sites and other files are refused, the page itself is allowed', () => {
    const contents = fakeContents();
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(navigate(contents, event, 'https://example.com/')).toBe(false);
      expect(navigate(contents, event, 'file:///etc/passwd')).toBe(false);
      expect(navigate(contents, event, pageFile('other.html'))).toBe(false);
      expect(navigate(contents, event, asFileUrl('index.html'))).toBe(false);
      expect(navigate(contents, event, 'app://elsewhere/index.html')).toBe(false);
      expect(navigate(contents, event, 'app://letterdesk/../../index.html/..%2f..%2fetc')).toBe(false);
      expect(navigate(contents, event, 'not a url')).toBe(false);
      expect(page.url).toBe('app://letterdesk/index.html');
      expect(navigate(contents, event, page.url)).toBe(true);
      expect(navigate(contents, event, `${page.url}#letter-1`)).toBe(true);
    }
  });

  it('refuses to attach a <webview>', () => {
    const contents = fakeContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('Electron hardening: session', () => {
  it('denies every permission request and check but clipboard writes from our page', () => {
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0][0];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: page.url });
      expect(callback).toHaveBeenCalledWith(false);
    }
    const granted = vi.fn();
    request({}, 'clipboard-sanitized-write', granted, { requestingUrl: page.url });
    expect(granted).toHaveBeenCalledWith(true);
    const elsewhere = vi.fn();
    request({}, 'clipboard-sanitized-write', elsewhere, { requestingUrl: 'https://example.com/' });
    expect(elsewhere).toHaveBeenCalledWith(false);

    const check = electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0][0];
    expect(check({}, 'clipboard-read', 'app://letterdesk', { requestingUrl: page.url })).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://letterdesk', { requestingUrl: page.url })).toBe(
      true,
    );
    expect(check({}, 'clipboard-sanitized-write', 'app://letterdesk', {})).toBe(false);
    expect(
      check({}, 'clipboard-sanitized-write', 'file://', { requestingUrl: asFileUrl('index.html') }),
    ).toBe(false);
  });

  it('cancels every network request and allows the page’s own files', () => {
    expect(beforeRequest('https://fonts.googleapis.com/css')).toEqual({ cancel: true });
    expect(beforeRequest('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(beforeRequest('ws://example.com/')).toEqual({ cancel: true });
    expect(beforeRequest(page.url)).toEqual({ cancel: false });
    expect(beforeRequest(pageFile('assets/index-abc.js'))).toEqual({ cancel: false });
    expect(beforeRequest('data:image/png;base64,AAAA')).toEqual({ cancel: false });
    expect(beforeRequest('blob:app://letterdesk/3f1c')).toEqual({ cancel: false });
    expect(beforeRequest('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
  });

  it('refuses every file: URL, the page’s own files included: the page comes from app://', () => {
    expect(beforeRequest('file:///etc/passwd')).toEqual({ cancel: true });
    expect(beforeRequest(asFileUrl('index.html'))).toEqual({ cancel: true });
    expect(beforeRequest(asFileUrl('assets/index-abc.js'))).toEqual({ cancel: true });
  });

  it('refuses app: URLs that are not files of the renderer folder, however the path is spelled', () => {
    expect(beforeRequest('app://elsewhere/index.html')).toEqual({ cancel: true });
    expect(beforeRequest('app://letterdesk:8080/index.html')).toEqual({ cancel: true });
    expect(beforeRequest('app://letterdesk/assets%2f..%2f..%2fsecret.json')).toEqual({ cancel: true });
    expect(beforeRequest('app://letterdesk/..%5C..%5Csecret.json')).toEqual({ cancel: true });
    expect(beforeRequest('app://letterdesk/assets/')).toEqual({ cancel: true });
  });

  it('sends the app’s Content-Security-Policy with every response, replacing any other', () => {
    const listener = electron.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0][0];
    let headers: Record<string, string[]> = {};
    listener(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      (response: { responseHeaders: Record<string, string[]> }) => (headers = response.responseHeaders),
    );
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});
