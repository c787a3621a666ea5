import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(async () => {
  data = await makeDataDir();
  handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
});
afterEach(() => data.cleanup());

describe('dispatch: the gate every transport uses', () => {
  it('runs a valid call against the real services', async () => {
    const created = await dispatch(handlers, 'letters.create', { templateId: REBUTTAL_TEMPLATE });
    expect(created.ok).toBe(true);
    const list = await dispatch(handlers, 'letters.list', {});
    expect(list).toMatchObject({ ok: true, value: { letters: [{ status: 'draft' }], total: 1 } });
  });

  it.each([
    ['an unknown call', 'fs.readFile', { path: '/etc/passwd' }, /Unknown request “fs\.readFile”/],
    ['a non-string name', 42, {}, /Unknown request/],
    ['a missing field', 'letters.get', {}, /letters\.get.*id/],
    ['a wrong type', 'letters.rename', { id: 'abc', title: 7 }, /title/],
    ['a path-like id', 'letters.get', { id: '../../etc/passwd' }, /expected a letter id/],
    ['an extra field', 'app.info', { evil: true }, /malformed request/],
    ['a bad variant', 'export.docx', { id: 'abc', variant: 'pdf' }, /variant/],
    ['a prototype-named call', '__proto__', {}, /Unknown request/],
  ])('refuses %s with a clear message', async (_, name, input, message) => {
    const result = await dispatch(handlers, name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(message);
    }
  });

  it('passes a service’s own message through', async () => {
    const result = await dispatch(handlers, 'letters.get', { id: 'doesnotexist' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'The letter was not found. It may have been deleted in another window.',
      },
    });
  });

  it('refuses a letter that does not match the schema', async () => {
    const created = await dispatch(handlers, 'letters.create', { templateId: null });
    if (!created.ok) throw new Error(created.error.message);
    const letter = created.value as Record<string, unknown>;
    const result = await dispatch(handlers, 'letters.save', {
      letter: { ...letter, preface: 'not a document' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
