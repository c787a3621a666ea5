/**
 * Which file of the page's folder an app: URL names: the pure half of the
 * desktop app's app://letterdesk/ handler (electron/main/appScheme.ts).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFilePath, contentType, isInside } from '../../electron/main/appScheme';

const root = resolve('/opt/LetterDesk/resources/app.asar/out/renderer');
const file = (...names: string[]) => join(root, ...names);
const path = (url: string) => appFilePath(url, root);

describe('app: URLs: the files of the page', () => {
  it.each([
    ['app://letterdesk/index.html', file('index.html')],
    ['app://letterdesk/assets/index-CvxW-vJ5.js', file('assets', 'index-CvxW-vJ5.js')],
    ['app://letterdesk/favicon.svg', file('favicon.svg')],
    // Dot segments that stay inside are resolved by the URL parser, as Chromium does.
    ['app://letterdesk/assets/../index.html', file('index.html')],
    ['app://letterdesk/./assets/./a.css', file('assets', 'a.css')],
    // A file whose name merely starts with two dots is still a file of the folder.
    ['app://letterdesk/..hidden.js', file('..hidden.js')],
  ])('%s is %s', (url, expected) => {
    expect(path(url)).toBe(expected);
  });

  it('serves index.html for the bare origin, with or without a slash', () => {
    expect(path('app://letterdesk/')).toBe(file('index.html'));
    expect(path('app://letterdesk')).toBe(file('index.html'));
  });

  it('ignores the query and the fragment', () => {
    expect(path('app://letterdesk/index.html?token=1#letter-7')).toBe(file('index.html'));
    expect(path('app://letterdesk/assets/a.js?../../etc/passwd')).toBe(file('assets', 'a.js'));
    expect(path('app://letterdesk/assets/a.js#/../../../etc/passwd')).toBe(file('assets', 'a.js'));
  });

  it('decodes percent-encoded names, Chinese included', () => {
    expect(path('app://letterdesk/assets/%E4%B8%AD%E6%96%87.js')).toBe(file('assets', '中文.js'));
    expect(path('app://letterdesk/my%20file.css')).toBe(file('my file.css'));
    // Encoded twice is a literal name of the folder, not a way out of it.
    expect(path('app://letterdesk/%252e%252e/secret.json')).toBe(file('%2e%2e', 'secret.json'));
  });
});

describe('app: URLs: everything else is refused', () => {
  it.each([
    ['app://letterdesk/../../../etc/passwd', file('etc', 'passwd')],
    ['app://letterdesk/assets/../../main/index.js', file('main', 'index.js')],
    ['app://letterdesk/%2e%2e/%2e%2e/etc/passwd', file('etc', 'passwd')],
    ['app://letterdesk/%2E%2E/main/index.js', file('main', 'index.js')],
    ['app://letterdesk/.%2e/main/index.js', file('main', 'index.js')],
    ['app://letterdesk/assets/..', file('index.html')],
  ])('%s stops at the folder: it names %s, not a file above it', (url, expected) => {
    // The URL parser removes dot segments, encoded or not, and cannot go above the root, as in
    // Chromium: these name files of the folder (which do not exist there and get a 404).
    expect(path(url)).toBe(expected);
  });

  it.each([
    ['an encoded slash', 'app://letterdesk/assets%2f..%2f..%2f..%2fetc%2fpasswd'],
    ['an encoded slash before a dot segment', 'app://letterdesk/a%2F..%2F..%2Fsecret'],
    ['a backslash', 'app://letterdesk/..\\..\\main\\index.js'],
    ['an encoded backslash', 'app://letterdesk/..%5C..%5Cmain%5Cindex.js'],
    ['an encoded backslash in a name', 'app://letterdesk/assets%5Cindex.js'],
    ['a drive letter', 'app://letterdesk/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://letterdesk/C%3A%5CWindows%5Cwin.ini'],
    ['an NTFS stream', 'app://letterdesk/index.html:secret'],
    ['a NUL byte', 'app://letterdesk/index.html%00.png'],
    ['a malformed escape', 'app://letterdesk/%E4%B8.js'],
    ['a bad escape', 'app://letterdesk/%ZZ'],
    ['an absolute path after a doubled slash', 'app://letterdesk//etc/passwd'],
    ['a doubled slash inside', 'app://letterdesk/assets//index.js'],
    ['an encoded absolute path', 'app://letterdesk/%2Fetc%2Fpasswd'],
  ])('refuses %s', (_, url) => {
    expect(path(url)).toBeNull();
  });

  it.each([
    'app://letterdesk/assets/',
    'app://letterdesk/assets/fonts/',
    'app://letterdesk/assets/.',
    'app://letterdesk/assets/fonts/..',
  ])('lists no folder: %s', (url) => {
    expect(path(url)).toBeNull();
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another host spelled alike', 'app://letterdesk.evil/index.html'],
    ['no host', 'app:///index.html'],
    ['no host, one slash', 'app:/index.html'],
    ['no slashes', 'app:letterdesk/index.html'],
    ['a port', 'app://letterdesk:8080/index.html'],
    ['a user', 'app://user@letterdesk/index.html'],
    ['a user and password', 'app://user:pw@letterdesk/index.html'],
    ['a file: URL', 'file:///opt/LetterDesk/resources/app.asar/out/renderer/index.html'],
    ['an https: URL with our host', 'https://letterdesk/index.html'],
    ['a scheme that only starts alike', 'apps://letterdesk/index.html'],
    ['a data: URL', 'data:text/html,<p>hi</p>'],
    ['a blob: URL of our origin', 'blob:app://letterdesk/3f1c'],
    ['no URL at all', 'index.html'],
    ['an empty string', ''],
  ])('refuses %s', (_, url) => {
    expect(path(url)).toBeNull();
  });
});

describe('isInside', () => {
  it('holds for the folder and what is in it, not for its neighbours', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(file('assets', 'a.js'), root)).toBe(true);
    expect(isInside(file('..hidden'), root)).toBe(true);
    expect(isInside(resolve(root, '..'), root)).toBe(false);
    expect(isInside(`${root}-other/index.html`, root)).toBe(false);
    expect(isInside(resolve('/etc/passwd'), root)).toBe(false);
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/chunk.MJS', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['logo.png', 'image/png'],
    ['fonts/NotoSansSC.woff2', 'font/woff2'],
    ['catalog.json', 'application/json; charset=utf-8'],
  ])('%s is sent as %s', (name, type) => {
    expect(contentType(file(name))).toBe(type);
  });

  it.each(['package.json.bak', 'index.js.map', 'app.exe', 'README', 'letters.db', 'shell.sh'])(
    'has no type for %s, so it is not served',
    (name) => {
      expect(contentType(file(name))).toBeNull();
    },
  );
});
