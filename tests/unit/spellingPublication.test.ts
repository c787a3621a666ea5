/**
 * The spelling check and the salutation follow the paper the letter goes to:
 * its own names are never misspellings, its spelling variant is its own
 * (defaulting to the house style), a paper that prints no salutation gets no
 * "missing salutation" warning and no salutation line; hyphenated words are
 * judged whole or part by part.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { editorDoc, paragraphNode, textNode } from '../../core/editorDoc';
import { letterToHtmlFragment } from '../../core/letterHtml';
import { letterToPlainText } from '../../core/letterText';
import { applyPublication, blankPublication, type Publication } from '../../core/publication';
import type { Problem } from '../../core/preflight/runPreflight';
import { parsePublication } from '../../core/schemas/publication';
import { readDocx } from '../helpers/docxText';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => (data = await makeDataDir()));
afterEach(() => data.cleanup());

const flagged = (problems: Problem[]) => problems.filter((p) => p.rule === 'spelling').map((p) => p.word);

/** Preflight of one stored letter with this body, sent to this profile. */
async function check(body: string, profile: Partial<Publication> = {}, fields = {}) {
  const services = await openServices(data.dir);
  const publication = { ...blankPublication('the-paper'), nameEn: 'The Paper', ...profile };
  // Each check edits the one profile again: base the save on what is stored.
  services.publications.save({
    ...publication,
    revision: services.publications.find(publication.id)?.revision ?? 0,
  });
  const created = await services.letters.create(REBUTTAL_TEMPLATE, fields);
  const letter = await services.letters.save({
    ...applyPublication(created, publication),
    ...(Object.keys(fields).length ? { fields: { ...created.fields, ...fields } } : {}),
    body: editorDoc([paragraphNode([textNode(body)])]),
  });
  return { services, letter, problems: await services.preflight.run(letter.id, 'editor') };
}

describe('spelling: the paper’s own names', () => {
  it('never flags a word of the profile’s name or of the letter’s publication field', async () => {
    for (const [nameEn, publication] of [
      ['EUobserver', 'EUobserver'],
      ['Süddeutsche Zeitung', 'Handelsblatt'],
      ['The Straits Times', 'Politiken'],
    ]) {
      const body = `As ${nameEn} and ${publication} reported, the goverment was wrong.`;
      const { problems } = await check(body, { nameEn }, { publication });
      expect(flagged(problems), nameEn).toEqual(['goverment']);
    }
  });
});

describe('spelling: hyphenated words', () => {
  it('accepts a word known whole, made of known words, or of a prefix and a known word', async () => {
    const words = [
      'de-risking',
      'co-operation',
      'well-known',
      'post-pandemic',
      'non-aligned',
      're-engage',
      'anti-dumping',
      'pre-war',
      'self-evident',
      'EU-China',
      'long-term',
    ];
    const { problems } = await check(`Words: ${words.join(', ')}.`);
    expect(flagged(problems)).toEqual([]);
  });

  it('flags only the parts it does not know, where they are', async () => {
    const { problems } = await check('A well-knwon, de-riskign, xq-operation and risking-de plan.');
    expect(flagged(problems)).toEqual(['knwon', 'riskign', 'xq', 'de']);
    const knwon = problems.find((p) => p.word === 'knwon');
    expect(knwon?.location).toMatchObject({ side: 'body', blockIndex: 0, offset: 7, length: 5 });
  });
});

describe('spelling: the paper’s variant', () => {
  it('is the profile’s own when it has one, the house style’s otherwise', async () => {
    const body = 'The colour and the color of the flag.';
    expect(flagged((await check(body)).problems)).toEqual(['color']);
    expect(flagged((await check(body, { spelling: 'en-US' })).problems)).toEqual(['colour']);
    expect(flagged((await check(body, { spelling: 'en-GB' })).problems)).toEqual(['color']);
    const services = await openServices(data.dir);
    services.settings.update({ houseStyle: { spelling: 'en-US', revision: 0 } });
    expect(flagged((await check(body, { spelling: 'house' })).problems)).toEqual(['colour']);
  });

  it('reads a profile stored before the variant was asked as following the house style', () => {
    expect(parsePublication({ id: 'old-paper', nameEn: 'Old Paper' })).toMatchObject({
      spelling: 'house',
      noSalutation: false,
    });
  });
});

describe('a paper that prints letters without a salutation', () => {
  it('takes the salutation off the letter, warns of none missing, and prints no salutation line', async () => {
    const body = 'Your article was wrong.';
    const { services, letter, problems } = await check(body, { noSalutation: true, salutation: 'Sir,' });
    expect(letter.salutation).toBe('');
    expect(problems.map((p) => p.rule)).not.toContain('missing.salutation');

    const settings = services.settings.get();
    expect(letterToPlainText(letter, settings).split('\n')[0]).toBe(body);
    expect(letterToHtmlFragment(letter, settings)).toMatch(/^<p>Your article was wrong\.<\/p>/);
    const docx = await readDocx(await buildLetterDocx(letter, 'editor', settings));
    const texts = docx.paragraphsText();
    const bodyAt = texts.indexOf(body);
    // Straight from the date/addressee block to the text: no empty or placeholder salutation line.
    expect(texts[bodyAt - 1]?.trim()).not.toBe('');
    expect(docx.paragraphs().some((p) => p.style === 'Salutation')).toBe(false);
  });

  it('still warns of a missing salutation for a paper that prints one', async () => {
    const { services, letter } = await check('Your article was wrong.');
    await services.letters.save({ ...letter, salutation: '' });
    const problems = await services.preflight.run(letter.id, 'editor');
    expect(problems.map((p) => p.rule)).toContain('missing.salutation');
  });
});
