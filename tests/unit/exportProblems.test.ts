/**
 * An export the letter cannot make yet is an ordinary message saying what to
 * do, with the 'export' code — not "something went wrong, please report this".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

async function letterWithoutPreface() {
  const services = await openServices(data.dir);
  const handlers = createHandlers(services, CANCELLING_TRANSPORT);
  const created = await dispatch(handlers, 'letters.create', { templateId: REBUTTAL_TEMPLATE });
  const letter = (created as { value: Letter }).value;
  await dispatch(handlers, 'letters.save', { letter: { ...letter, preface: editorDoc([]) } });
  return { services, handlers, id: letter.id };
}

describe('exports a user cannot make yet', () => {
  it.each(['export.docx', 'export.pdf'])(
    '%s of the Chinese only, with no Chinese preface, says what to do',
    async (call) => {
      const { handlers, id } = await letterWithoutPreface();
      const result = await dispatch(handlers, call as 'export.docx', { id, variant: 'chinese' });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'export',
          message:
            'This letter has no Chinese preface yet: write its headline and text in the Chinese pane, or export the English letter instead.',
          wording: expect.objectContaining({ id: 'error.export.noChinesePreface' }),
        },
      });
      // The English letter and the bilingual copy (which is then the English letter) still export.
      expect((await dispatch(handlers, call as 'export.docx', { id, variant: 'editor' })).ok).toBe(true);
      expect((await dispatch(handlers, call as 'export.docx', { id, variant: 'bilingual' })).ok).toBe(true);
    },
  );

  it('a letterhead logo that no longer reads is an ordinary message on every export', async () => {
    const { services, id } = await letterWithoutPreface();
    // As a hand edit of settings.json could leave it: a logo whose bytes are not an image.
    const letterhead = services.settings.get().letterhead;
    const logo = { mimeType: 'image/png', width: 10, height: 10, dataBase64: 'bm90IGEgcG5n' };
    await writeFile(join(data.dir, 'settings.json'), JSON.stringify({ letterhead: { ...letterhead, logo } }));
    const handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
    for (const call of ['export.docx', 'export.email'] as const) {
      const result = await dispatch(handlers, call, { id, variant: 'editor' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'export', message: expect.stringMatching(/logo .* Settings/) },
      });
    }
  });
});
