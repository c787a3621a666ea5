/**
 * Browser mode: the app served on a loopback address, for machines where the
 * Electron binary is missing. A thin transport like the IPC one: it checks who
 * is asking, then hands every call to the same `dispatch`.
 *
 * Defences, because any web page the user visits can also send requests to
 * localhost: it listens on 127.0.0.1 only, refuses non-loopback peers, checks
 * the Host header (against DNS rebinding) and Origin (against cross-site
 * requests), and requires a random per-launch token on every request.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import type { ApiErrorCode, ExportResult } from '../../core/contract';
import { defineMessages, inEnglish, wording, type Wording } from '../../core/i18n/wording';
import { dispatch, isApiName, unknownRequest } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import type { Services } from '../services/createServices';
import type { ExportFile } from '../services/docxExportFile';
import type { PrintPage } from '../services/exportService';
import { contentDisposition } from './contentDisposition';
import { printPageCsp } from './printPageCsp';

export const TOKEN_HEADER = 'x-letterdesk-token';
const TOKEN_COOKIE = 'letterdesk_token';
/** A letter with a 1 MB paste is a few MB of JSON; anything far beyond is not ours. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
const DOWNLOAD_LIFETIME_MS = 10 * 60 * 1000;
// Under /api/ the page words these (they travel as wordings); the page's own files and the
// downloads are answered in plain text, which only a browser tab shows, in English.
const messages = defineMessages({
  wrongToken: {
    id: 'error.server.wrongToken',
    defaultMessage: 'Missing or wrong LetterDesk token. Open the address LetterDesk printed at start.',
  },
  postOnly: { id: 'error.server.postOnly', defaultMessage: 'LetterDesk’s API answers POST requests only.' },
  tooLarge: {
    id: 'error.server.tooLarge',
    defaultMessage: 'LetterDesk refused a request larger than {megabytes} MB.',
  },
  notJson: {
    id: 'error.server.notJson',
    defaultMessage: 'LetterDesk refused a request whose body is not valid JSON.',
  },
  malformedAddress: { id: 'error.server.malformedAddress', defaultMessage: 'Malformed address.' },
  notFound: { id: 'error.server.notFound', defaultMessage: 'Not found' },
  notLocal: { id: 'error.server.notLocal', defaultMessage: 'LetterDesk only answers this computer.' },
  unexpectedHost: { id: 'error.server.unexpectedHost', defaultMessage: 'Unexpected Host header.' },
  otherSite: { id: 'error.server.otherSite', defaultMessage: 'Requests from other sites are refused.' },
  methodNotAllowed: { id: 'error.server.methodNotAllowed', defaultMessage: 'Method not allowed.' },
  downloadExpired: {
    id: 'error.server.downloadExpired',
    defaultMessage: 'This download has expired. Export again.',
  },
  printExpired: {
    id: 'error.server.printExpired',
    defaultMessage: 'This print view has expired. Choose Save as PDF again.',
  },
  serverFailed: {
    id: 'error.server.failed',
    defaultMessage:
      'Something went wrong in LetterDesk’s local server. Your saved letters are unaffected; please report this.',
  },
});
const WRONG_TOKEN = wording(messages.wrongToken);

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface BrowserServerOptions {
  services: Services;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

function sameSecret(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieToken(req: IncomingMessage): string | undefined {
  const match = /(?:^|;\s*)letterdesk_token=([A-Za-z0-9_-]+)/.exec(req.headers.cookie ?? '');
  return match?.[1];
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(body);
}

/** The HTTP status of each API error, so the status line and the JSON the client reads agree. */
const STATUS: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  export: 422,
  storage: 500,
  internal: 500,
};

const isApiPath = (url: string | undefined) => (url ?? '').startsWith('/api/');

/** The API's error, as the client reads every reply under /api/ (renderer/src/api/client.ts). */
function sendApiError(res: ServerResponse, status: number, code: ApiErrorCode, what: Wording) {
  const error = { code, message: inEnglish(what), wording: what };
  send(res, status, JSON.stringify({ ok: false, error }), {
    'Content-Type': 'application/json',
  });
}

/** A refusal: JSON under /api/, where the page's client reads it; plain text for the page's own files. */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, what: Wording) {
  if (isApiPath(req.url))
    return sendApiError(res, status, status >= 500 ? 'internal' : 'invalid-input', what);
  send(res, status, inEnglish(what), { 'Content-Type': 'text/plain; charset=utf-8' });
}

const TOO_LARGE = Symbol('too large');

/**
 * The request body, or TOO_LARGE as soon as it passes the limit. It stops
 * reading rather than destroying the request, so the refusal still reaches the client.
 */
function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return Promise.resolve(TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(TOO_LARGE);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `decodeURIComponent`, or null for a malformed escape such as "%E0%A4%A". */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

export async function startBrowserServer(options: BrowserServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const downloads = new Map<string, ExportFile & { expires: number }>();
  const printPages = new Map<string, PrintPage & { expires: number }>();
  let allowedHosts: Set<string> = new Set();

  /** Keeps an item for a while under an unguessable id. */
  const keep = <T>(store: Map<string, T & { expires: number }>, item: T): string => {
    const now = Date.now();
    for (const [id, entry] of store) if (entry.expires < now) store.delete(id);
    const id = randomBytes(16).toString('hex');
    store.set(id, { ...item, expires: now + DOWNLOAD_LIFETIME_MS });
    return id;
  };
  const deliver = async (file: ExportFile): Promise<ExportResult> => ({
    status: 'download',
    url: `/download/${keep(downloads, file)}?token=${token}`,
    fileName: file.fileName,
  });
  // The browser prints the page itself (Print → Save as PDF): the same Chromium print path as the desktop app.
  const print = async (page: PrintPage): Promise<ExportResult> => ({
    status: 'print',
    url: `/print/${keep(printPages, page)}?token=${token}`,
    fileName: page.fileName,
  });
  const handlers = createHandlers(options.services, {
    saveFile: deliver,
    openEmailDraft: deliver,
    printToPdf: print,
  });

  async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const path = decoded(pathname);
    if (path === null) return refuse(req, res, 400, wording(messages.malformedAddress));
    const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep))
      return refuse(req, res, 404, wording(messages.notFound));
    try {
      const body = await readFile(file);
      send(res, 200, body, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    } catch {
      refuse(req, res, 404, wording(messages.notFound));
    }
  }

  /** A call to the API: every reply, refusals included, is the JSON the client reads. */
  async function serveApi(req: IncomingMessage, res: ServerResponse, pathname: string) {
    // API calls must carry the token in a header, which no other site can set.
    if (!sameSecret(req.headers[TOKEN_HEADER] as string | undefined, token)) {
      return sendApiError(res, 401, 'invalid-input', WRONG_TOKEN);
    }
    if (req.method !== 'POST') return sendApiError(res, 405, 'invalid-input', wording(messages.postOnly));
    const name = decoded(pathname.slice('/api/'.length));
    if (name === null || !isApiName(name)) {
      const shown = (name ?? pathname.slice('/api/'.length)).slice(0, 80);
      return sendApiError(res, 404, 'invalid-input', unknownRequest(shown));
    }
    const body = await readBody(req);
    if (body === TOO_LARGE) {
      res.setHeader('Connection', 'close');
      const megabytes = MAX_BODY_BYTES / 1024 / 1024;
      return sendApiError(res, 413, 'invalid-input', wording(messages.tooLarge, { megabytes }));
    }
    let input: unknown;
    try {
      input = JSON.parse(body || '{}');
    } catch {
      return sendApiError(res, 400, 'invalid-input', wording(messages.notJson));
    }
    const result = await dispatch(handlers, name, input);
    const status = result.ok ? 200 : STATUS[result.error.code];
    return send(res, status, JSON.stringify(result), { 'Content-Type': 'application/json' });
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!isLoopback(req.socket.remoteAddress)) return refuse(req, res, 403, wording(messages.notLocal));
    if (!allowedHosts.has(req.headers.host ?? ''))
      return refuse(req, res, 421, wording(messages.unexpectedHost));
    const origin = req.headers.origin;
    if (origin && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return refuse(req, res, 403, wording(messages.otherSite));
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) return serveApi(req, res, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(req, res, 405, wording(messages.methodNotAllowed));

    const queryToken = url.searchParams.get('token') ?? undefined;
    const authorised = sameSecret(queryToken, token) || sameSecret(cookieToken(req), token);
    if (!authorised) return refuse(req, res, 401, WRONG_TOKEN);

    if (url.pathname.startsWith('/download/')) {
      const file = downloads.get(url.pathname.slice('/download/'.length));
      if (!file || file.expires < Date.now()) return refuse(req, res, 404, wording(messages.downloadExpired));
      return send(res, 200, file.bytes, {
        'Content-Type': file.mimeType,
        'Content-Disposition': contentDisposition(file.fileName),
      });
    }
    if (url.pathname.startsWith('/print/')) {
      const page = printPages.get(url.pathname.slice('/print/'.length));
      if (!page || page.expires < Date.now()) return refuse(req, res, 404, wording(messages.printExpired));
      return send(res, 200, page.html, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': printPageCsp(page.html),
      });
    }
    if (queryToken) {
      // The page's later requests (scripts, styles, downloads) carry the token as a same-site cookie.
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    return serveStatic(req, res, url.pathname);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('LetterDesk server error:', error);
      if (res.headersSent) return void res.end();
      refuse(req, res, 500, wording(messages.serverFailed));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
