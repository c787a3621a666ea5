import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { PreflightService } from '../../electron/services/preflightService';
import type { SpellingService } from '../../electron/services/spellingService';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => (data = await makeDataDir()));
afterEach(() => data.cleanup());

describe('spelling service', () => {
  it('flags a misspelt word with suggestions, until the office adds it to its dictionary', async () => {
    const { spelling } = await openServices(data.dir);
    const checker = await spelling.checker();
    expect(checker.correct('government')).toBe(true);
    expect(checker.correct('goverment')).toBe(false);
    expect(checker.suggest('goverment')).toContain('government');

    expect(spelling.addWord('Xinhua')).toEqual({ words: ['Xinhua'] });
    expect((await spelling.checker()).correct('Xinhua')).toBe(true);
    // Kept across restarts, in the `dictionary` store.
    expect((await openServices(data.dir)).spelling.words()).toEqual(['Xinhua']);
  });

  it('refuses something that is not one word', async () => {
    const { spelling } = await openServices(data.dir);
    expect(() => spelling.addWord('two words')).toThrow(/one word of letters/);
    expect(spelling.words()).toEqual([]);
  });

  it('follows the house style: British "colour", American "color"', async () => {
    const { spelling, settings } = await openServices(data.dir);
    const british = await spelling.checker();
    expect([british.correct('colour'), british.correct('color')]).toEqual([true, false]);
    settings.update({ houseStyle: { spelling: 'en-US', revision: 0 } });
    const american = await spelling.checker();
    expect([american.correct('colour'), american.correct('color')]).toEqual([false, true]);
  });
});

describe('preflight service', () => {
  it('checks the stored letter against its publication’s word limit and the dictionary', async () => {
    const services = await openServices(data.dir);
    const created = await services.letters.create(REBUTTAL_TEMPLATE, { publication: 'EUobserver' });
    const [profile] = services.publications.list().filter((p) => p.id === 'euobserver');
    services.publications.save({ ...profile, wordLimit: 5 });
    await services.letters.save({
      ...created,
      publicationId: 'euobserver',
      body: editorDoc([paragraphNode([textNode('The goverment welcomes a fair and open debate.')])]),
    });

    const problems = await services.preflight.run(created.id, 'editor');
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'length.words',
        message: '8 words; EUobserver takes at most 5: cut 3.',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'spelling',
        word: 'goverment',
        suggestions: expect.arrayContaining(['government']),
      }),
    );

    services.spelling.addWord('goverment');
    const after = await services.preflight.run(created.id, 'editor');
    expect(after.map((p) => p.rule)).not.toContain('spelling');
  });

  it('still checks the rest, and says so, when the dictionary cannot be loaded', async () => {
    const services = await openServices(data.dir);
    const created = await services.letters.create(REBUTTAL_TEMPLATE, {});
    const broken = {
      checker: () => Promise.reject(new Error('index.dic is missing')),
    } as unknown as SpellingService;
    const preflight = new PreflightService(services.letters, services.settings, broken, () => null);
    const problems = await preflight.run(created.id, 'editor');
    expect(problems).toContainEqual(
      expect.objectContaining({
        rule: 'spelling.unavailable',
        message: expect.stringContaining('index.dic is missing'),
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'missing.signatory' }));
  });
});
