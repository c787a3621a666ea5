import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => (data = await makeDataDir()));
afterEach(() => data.cleanup());

const term = (zh: string, en: string, forbidden: string[]) => ({
  zh: [zh],
  en: [en],
  forbidden,
  note: '',
  source: '',
  domain: 'policy' as const,
});

describe('preflight service: the termbase reaches the checks', () => {
  it('flags a forbidden variant from the stored termbase, and sees an entry saved since', async () => {
    const services = await openServices(data.dir);
    await services.terms.save(null, 0, term('一带一路', 'Belt and Road Initiative', ['One Belt One Road']));
    const created = await services.letters.create(REBUTTAL_TEMPLATE, {});
    const body = editorDoc([paragraphNode([textNode('We back One Belt One Road and the OCP.')])]);
    await services.letters.save({ ...created, body });

    const forbidden = async () =>
      (await services.preflight.run(created.id, 'editor')).filter((p) => p.rule === 'terms.forbidden');
    expect(await forbidden()).toEqual([
      expect.objectContaining({
        severity: 'error',
        replacement: { text: 'Belt and Road Initiative', original: 'One Belt One Road' },
      }),
    ]);

    await services.terms.save(null, 0, term('一个中国政策', 'one-China policy', ['OCP']));
    expect((await forbidden()).map((p) => p.replacement?.original)).toEqual(['One Belt One Road', 'OCP']);
  });
});

describe('preflight service: a termbase that cannot be read', () => {
  it('still checks the rest, and says the terminology was not checked', async () => {
    // A file where the termbase's folder should be: every read of the termbase fails.
    await writeFile(join(data.dir, 'terms'), 'not a folder');
    const services = await openServices(data.dir);
    await expect(services.terms.all()).rejects.toThrow();
    const created = await services.letters.create(REBUTTAL_TEMPLATE, {});
    const body = editorDoc([paragraphNode([textNode('We back the goverment.')])]);
    await services.letters.save({ ...created, body });

    const problems = await services.preflight.run(created.id, 'editor');
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'spelling', word: 'goverment' }));
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'terms.unavailable',
        severity: 'warning',
        message: expect.stringContaining('The terminology was not checked'),
      }),
    );
  });
});
