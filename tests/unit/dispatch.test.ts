import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inEnglish } from '../../core/i18n/wording';
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
    [
      'an unknown call',
      'fs.readFile',
      { path: '/etc/passwd' },
      /Unknown request “fs\.readFile”/,
      'unknownRequest',
    ],
    ['a non-string name', 42, {}, /Unknown request \(a number, not a call name\)/, 'notACallName'],
    ['a missing field', 'letters.get', {}, /letters\.get.*id/, 'malformedBecause'],
    ['a wrong type', 'letters.rename', { id: 'abc', title: 7 }, /title/, 'malformedBecause'],
    ['a path-like id', 'letters.get', { id: '../../etc/passwd' }, /expected a letter id/, 'malformedBecause'],
    ['an extra field', 'app.info', { evil: true }, /malformed request/, 'malformedBecause'],
    ['a bad variant', 'export.docx', { id: 'abc', variant: 'pdf' }, /variant/, 'malformedBecause'],
    ['a prototype-named call', '__proto__', {}, /Unknown request/, 'unknownRequest'],
  ])('refuses %s with a clear message, worded in the page', async (_, name, input, message, id) => {
    const result = await dispatch(handlers, name, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.message).toMatch(message);
      // The page words it from the id; the English travels for the logs and is the same text.
      expect(result.error.wording?.id).toBe(`error.api.${id}`);
      expect(inEnglish(result.error.wording!)).toBe(result.error.message);
    }
  });

  it('passes a service’s own message through', async () => {
    const result = await dispatch(handlers, 'letters.get', { id: 'doesnotexist' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'The letter was not found. It may have been deleted in another window.',
        wording: {
          id: 'error.item.notFound',
          defaultMessage: expect.any(String),
          values: { item: 'letter' },
        },
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

  it('words a failure nobody planned for, keeping its technical detail as a value', async () => {
    const failing = { ...handlers, 'app.info': () => Promise.reject(new Error('disk on fire')) };
    const result = await dispatch(failing, 'app.info', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'Something went wrong in LetterDesk (app.info: disk on fire). Your saved letters are unaffected; please report this.',
        wording: {
          id: 'error.api.internal',
          defaultMessage: expect.any(String),
          values: { name: 'app.info', detail: 'disk on fire' },
        },
      },
    });
  });
});
