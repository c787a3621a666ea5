import { createHash } from 'node:crypto';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { isLoopback, startBrowserServer, type RunningServer } from '../../electron/server/browserServer';
import { json, serverClient } from '../helpers/browserServerClient';
import { readDocx } from '../helpers/docxText';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let server: RunningServer;

beforeEach(async () => {
  data = await makeDataDir();
  const rendererDir = join(data.dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>LetterDesk</title>');
  await writeFile(join(data.dir, 'secret.txt'), 'outside the renderer folder');
  server = await startBrowserServer({ services: await openServices(join(data.dir, 'data')), rendererDir });
});
afterEach(async () => {
  await server.close();
  await data.cleanup();
});

const { http, api } = serverClient(() => server);

describe('browser-mode server', () => {
  it('listens on loopback only and prints a tokenised URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the app with the token and sets a same-site cookie and the CSP', async () => {
    const reply = await http('GET', `/?token=${server.token}`);
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toContain('<title>LetterDesk</title>');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(String(reply.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const cookie = `letterdesk_token=${server.token}`;
    expect((await http('GET', '/index.html', { Cookie: cookie })).status).toBe(200);
  });

  it('refuses requests without the token', async () => {
    expect((await http('GET', '/')).status).toBe(401);
    expect((await http('GET', '/?token=wrong')).status).toBe(401);
    const noHeader = await http('POST', '/api/letters.list', {}, '{}');
    expect(noHeader.status).toBe(401);
    // A cookie alone does not open the API: other sites' forms could send it.
    const cookieOnly = await http(
      'POST',
      '/api/letters.list',
      { Cookie: `letterdesk_token=${server.token}` },
      '{}',
    );
    expect(cookieOnly.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('letters.list', {}, { Host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await api('letters.list', {}, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await api('letters.list', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('does not serve files outside the app', async () => {
    const reply = await http('GET', `/..%2fsecret.txt?token=${server.token}`);
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).not.toContain('outside');
  });

  it('answers API calls through the contract, with clear errors for bad input', async () => {
    const created = json(await api('letters.create', { templateId: REBUTTAL_TEMPLATE }));
    expect(created.ok).toBe(true);
    expect(json(await api('letters.list', {})).value).toMatchObject({ letters: [{}], total: 1 });
    expect(json(await api('letters.get', { id: 42 }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const notJson = await http(
      'POST',
      '/api/letters.list',
      { 'X-LetterDesk-Token': server.token },
      undefined,
    );
    expect(notJson.status).toBe(200); // an empty body is an empty input
    const garbage = await http(
      'POST',
      '/api/letters.list',
      { 'X-LetterDesk-Token': server.token },
      '{not json',
    );
    expect(garbage.status).toBe(400);
    expect(json(garbage).error.message).toMatch(/not valid JSON/);
  });

  it('hands exported files over as a download', async () => {
    const created = json(
      await api('letters.create', { templateId: REBUTTAL_TEMPLATE, fields: { publication: 'EUobserver' } }),
    );
    const exported = json(await api('export.docx', { id: created.value.id, variant: 'bilingual' }));
    expect(exported.value).toMatchObject({
      status: 'download',
      fileName: `${created.value.date} EUobserver letter (bilingual).docx`,
    });
    const file = await http('GET', exported.value.url);
    expect(file.status).toBe(200);
    // RFC 8187 allows no parentheses unencoded in filename*; the plain filename carries them as they are.
    expect(file.headers['content-disposition']).toContain('EUobserver%20letter%20%28bilingual%29.docx');
    expect(file.headers['content-disposition']).toContain('filename="');
    expect(file.body.subarray(0, 2).toString()).toBe('PK');
    expect((await http('GET', `/download/nope?token=${server.token}`)).status).toBe(404);
  });

  it('hands an email draft over as a download of the .eml, with the letter attached', async () => {
    const created = json(
      await api('letters.create', {
        templateId: REBUTTAL_TEMPLATE,
        fields: { publication: 'EUobserver', lettersEmail: 'letters@euobserver.example' },
      }),
    );
    const drafted = json(await api('export.email', { id: created.value.id, variant: 'editor' }));
    expect(drafted.value).toMatchObject({
      status: 'download',
      fileName: `${created.value.date} EUobserver letter.eml`,
    });
    const file = await http('GET', drafted.value.url);
    expect(file.headers['content-type']).toBe('message/rfc822');
    const mail = await simpleParser(file.body);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.attachments.map((a) => a.filename)).toEqual([`${created.value.date} EUobserver letter.docx`]);
    expect((await readDocx(mail.attachments[0].content)).paragraphsText()).toContain(
      'The Editor, EUobserver',
    );
    expect(json(await api('export.email', { id: created.value.id, variant: 'chinese' })).error.code).toBe(
      'invalid-input',
    );
  });

  it('serves the PDF copy as a print page, only with the token, under a policy that allows its own style alone', async () => {
    const created = json(
      await api('letters.create', { templateId: REBUTTAL_TEMPLATE, fields: { publication: 'EUobserver' } }),
    );
    const printed = json(await api('export.pdf', { id: created.value.id, variant: 'bilingual' }));
    expect(printed.value).toMatchObject({
      status: 'print',
      fileName: `${created.value.date} EUobserver letter (bilingual).pdf`,
    });
    const { pathname } = new URL(printed.value.url, 'http://localhost');
    expect((await http('GET', pathname)).status).toBe(401);
    expect((await http('GET', `${pathname}?token=wrong`)).status).toBe(401);

    const page = await http('GET', printed.value.url);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = page.body.toString('utf8');
    expect(html).toContain('@page { size: A4; margin: 2.5cm; }');
    expect(html).toContain('The Editor, EUobserver');
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = createHash('sha256').update(css).digest('base64');
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect((await http('GET', `/print/nope?token=${server.token}`)).status).toBe(404);
  });
});

describe('browser-mode server: other machines', () => {
  it('treats only loopback peers as this computer', () => {
    for (const address of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1'])
      expect(isLoopback(address)).toBe(true);
    for (const address of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '', undefined]) {
      expect(isLoopback(address)).toBe(false);
    }
  });

  it('cannot be reached on the machine’s network address at all', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;
    if (!external) {
      console.log('Skipped: this machine has no non-loopback IPv4 address to try.');
      return;
    }
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = connect({ host: external, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(null);
      });
      socket.once('error', resolve);
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });
});
