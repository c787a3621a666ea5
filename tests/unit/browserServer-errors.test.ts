/**
 * Every reply of the browser-mode server under /api/ is the JSON error the
 * page's client reads ({ok:false,error:{code,message}}) with a fitting HTTP
 * status, whatever arrives: a body nested 100,000 levels deep, a malformed
 * %-escape, bad JSON, an oversized body, an unknown call, a wrong method, a
 * failed security check. Never a text/plain 500, never a crash.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserServer, type RunningServer } from '../../electron/server/browserServer';
import { json, serverClient, type Reply } from '../helpers/browserServerClient';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { inEnglish } from '../../core/i18n/wording';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let server: RunningServer;
const { http, api } = serverClient(() => server);

beforeEach(async () => {
  data = await makeDataDir();
  const rendererDir = join(data.dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>LetterDesk</title>');
  server = await startBrowserServer({ services: await openServices(join(data.dir, 'data')), rendererDir });
});
afterEach(async () => {
  await server.close();
  await data.cleanup();
});

/**
 * The reply is the client's JSON error with this status and code, and a message for a person:
 * a wording the page words in its language, whose English is the message.
 */
function expectApiError(reply: Reply, status: number, code: string, message: RegExp) {
  expect(reply.status).toBe(status);
  expect(reply.headers['content-type']).toBe('application/json');
  const body = json(reply);
  expect(body).toEqual({
    ok: false,
    error: {
      code,
      message: expect.any(String),
      wording: expect.objectContaining({ id: expect.stringMatching(/^error\./) }),
    },
  });
  expect(body.error.message).toMatch(message);
  expect(inEnglish(body.error.wording)).toBe(body.error.message);
}

const withToken = () => ({ 'X-LetterDesk-Token': server.token, 'Content-Type': 'application/json' });

describe('browser-mode server errors', () => {
  it('a letter body nested 100,000 levels deep: a 400 saying what is wrong', async () => {
    const letter = json(await api('letters.create', { templateId: REBUTTAL_TEMPLATE })).value;
    const levels = 100_000;
    const deep = `{"root":{"type":"root","children":[${'{"type":"list","children":['.repeat(levels)}${']}'.repeat(levels)}]}}`;
    const body = JSON.stringify({ letter: { ...letter, body: 'BODY' } }).replace('"BODY"', deep);
    const reply = await http('POST', '/api/letters.save', withToken(), body);
    expectApiError(reply, 400, 'invalid-input', /nested more than \d+ levels deep/);
    // The server is still answering, and the letter is as it was.
    expect(json(await api('letters.get', { id: letter.id })).value.body).toEqual(letter.body);
  });

  it.each([
    ['in the call name', '/api/letters.get%E0%A4%A'],
    ['as a lone %', '/api/%'],
    ['in the query', '/api/letters.list?x=%E0%A4%A'],
  ])('a malformed %%-escape %s: JSON, never a text/plain 500', async (_, path) => {
    const reply = await http('POST', path, withToken(), '{}');
    expect(reply.status).toBeLessThan(500);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(typeof json(reply).ok).toBe('boolean');
  });

  it('a malformed %-escape in a page address is refused, not a 500', async () => {
    const reply = await http('GET', `/%E0%A4%A?token=${server.token}`);
    expect(reply.status).toBe(400);
  });

  it('bad JSON: 400', async () => {
    expectApiError(
      await http('POST', '/api/letters.list', withToken(), '{not json'),
      400,
      'invalid-input',
      /not valid JSON/,
    );
  });

  it('an oversized body: 413, and the server goes on answering', async () => {
    const huge = Buffer.alloc(33 * 1024 * 1024, 0x20);
    expectApiError(
      await http('POST', '/api/letters.list', withToken(), huge),
      413,
      'invalid-input',
      /larger than 32 MB/,
    );
    expect((await api('letters.list', {})).status).toBe(200);
  });

  it('an unknown call and a wrong method: 404 and 405', async () => {
    expectApiError(
      await http('POST', '/api/fs.readFile', withToken(), '{}'),
      404,
      'invalid-input',
      /Unknown request “fs\.readFile”/,
    );
    expectApiError(await http('POST', '/api/', withToken(), '{}'), 404, 'invalid-input', /Unknown request/);
    expectApiError(await http('GET', '/api/letters.list', withToken()), 405, 'invalid-input', /POST/);
  });

  it('a service’s own error carries its status: not found is a 404', async () => {
    expectApiError(await api('letters.get', { id: 'doesnotexist' }), 404, 'not-found', /not found/);
  });

  it('security refusals under /api/ are JSON the client shows, with their status kept', async () => {
    expectApiError(await http('POST', '/api/letters.list', {}, '{}'), 401, 'invalid-input', /token/);
    expectApiError(
      await api('letters.list', {}, { Host: `evil.example:${server.port}` }),
      421,
      'invalid-input',
      /Host/,
    );
    expectApiError(
      await api('letters.list', {}, { Origin: 'https://evil.example' }),
      403,
      'invalid-input',
      /other sites/,
    );
  });
});
