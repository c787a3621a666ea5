/**
 * What a publication profile says about exclusivity, the reply window and the
 * paper's own guidance: each fact with the page it comes from and the day it
 * was checked, from the shipped examples through storage to a library file.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankPublication, isCompleteFact, type Publication } from '../../core/publication';
import { parsePublication, publicationFactSchema, publicationSchema } from '../../core/schemas/publication';
import { linkTarget } from '../../core/links';
import type { Wording } from '../../core/i18n/wording';
import { english } from '../helpers/english';
import { makeDataDir, openServices, REPO_ROOT } from '../helpers/services';

let dirs: Array<Awaited<ReturnType<typeof makeDataDir>>> = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => d.cleanup()));
  dirs = [];
});
async function freshServices() {
  const data = await makeDataDir();
  dirs.push(data);
  return openServices(data.dir);
}

const fact = {
  text: 'Letters go to letters@paper.example.',
  source: 'https://paper.example/letters',
  checkedOn: '2026-11-30',
};
const paper = (changes: Record<string, unknown> = {}) => ({ id: 'paper', nameEn: 'Paper', ...changes });

describe('a profile’s exclusivity, reply window and cited facts', () => {
  it('default to not exclusive, no reply window and no facts, so profiles stored before them still load', () => {
    const old = publicationSchema.parse({
      id: 'le-monde',
      nameEn: 'Le Monde',
      wordLimit: 300,
      source: 'https://www.lemonde.fr',
      revision: 3,
    });
    expect(old).toMatchObject({
      exclusive: false,
      replyWindowDays: null,
      facts: [],
      wordLimit: 300,
      revision: 3,
    });
    expect(blankPublication('new')).toMatchObject({ exclusive: false, replyWindowDays: null, facts: [] });
  });

  it('keep a fact’s text, its source page and the day it was checked', () => {
    const parsed = parsePublication(paper({ exclusive: true, replyWindowDays: 14, facts: [fact] }));
    expect(parsed).toMatchObject({ exclusive: true, replyWindowDays: 14, facts: [fact] });
  });

  it('refuse a reply window outside 1–365 days, a source that is not a web page, and a date that is not a day', () => {
    const refused = (changes: Record<string, unknown>) => publicationSchema.safeParse(paper(changes)).success;
    expect(refused({ replyWindowDays: 0 })).toBe(false);
    expect(refused({ replyWindowDays: 366 })).toBe(false);
    expect(refused({ replyWindowDays: 2.5 })).toBe(false);
    expect(refused({ replyWindowDays: 365 })).toBe(true);
    const withFact = (changes: Partial<typeof fact>) => refused({ facts: [{ ...fact, ...changes }] });
    expect(withFact({})).toBe(true);
    expect(withFact({ source: 'http://www.scmp.com/comment/letters' })).toBe(true);
    for (const source of ['', 'www.paper.example', 'javascript:alert(1)', 'mailto:letters@paper.example'])
      expect(withFact({ source })).toBe(false);
    expect(withFact({ source: `https://paper.example/${'a'.repeat(2000)}` })).toBe(false);
    for (const checkedOn of ['', '30/11/2026', '2026-02-30', '2026-13-01', '9999-99-99'])
      expect(withFact({ checkedOn })).toBe(false);
    expect(withFact({ text: ' ' })).toBe(false);
    expect(withFact({ text: 'x'.repeat(501) })).toBe(false);
    expect(refused({ facts: Array.from({ length: 31 }, () => fact) })).toBe(false);
    expect(refused({ facts: Array.from({ length: 30 }, () => fact) })).toBe(true);
  });
});

describe('the check Settings makes before saving a fact', () => {
  it('agrees with the stored schema, so a fact the form lets through is one the service keeps', () => {
    const facts = [
      fact,
      { ...fact, text: '  ' },
      { ...fact, text: 'x'.repeat(501) },
      { ...fact, source: 'http://www.irishtimes.com/opinion/letters-to-the-editor-1.5772' },
      { ...fact, source: 'paper.example' },
      { ...fact, source: 'mailto:letters@paper.example' },
      { ...fact, checkedOn: '2026-02-29' },
      { ...fact, checkedOn: '2028-02-29' },
      { ...fact, checkedOn: '' },
    ];
    expect(facts.map(isCompleteFact)).toEqual([true, false, false, true, false, false, false, true, false]);
    for (const f of facts) expect(publicationFactSchema.safeParse(f).success).toBe(isCompleteFact(f));
  });
});

describe('the shipped profiles', () => {
  const seeds = async (): Promise<Publication[]> => {
    const raw = JSON.parse(await readFile(join(REPO_ROOT, 'templates', 'seed', 'publications.json'), 'utf8'));
    return (raw.publications as unknown[]).map(parsePublication);
  };

  it('cite every fact with a web page and the day it was checked', async () => {
    for (const p of await seeds())
      for (const f of p.facts) {
        expect(linkTarget(f.source), `${p.id}: ${f.text}`).toMatch(/^https?:\/\//);
        expect(f.checkedOn, `${p.id}: ${f.text}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
  });

  it('give a word limit, exclusivity or reply window only with a cited fact that states it', async () => {
    for (const p of await seeds()) {
      const cited = p.facts.map((f) => f.text).join('\n');
      if (p.wordLimit !== null) expect(cited, p.id).toContain(String(p.wordLimit));
      if (p.exclusive) expect(cited, p.id).toMatch(/alone|exclusive/);
      if (p.replyWindowDays !== null) expect(cited, p.id).toMatch(/two weeks|\d+ days/);
    }
  });

  it('hold what the four papers’ own pages say', async () => {
    const byId = new Map((await seeds()).map((p) => [p.id, p]));
    const summary = (id: string) => {
      const p = byId.get(id);
      return p && { wordLimit: p.wordLimit, exclusive: p.exclusive, replyWindowDays: p.replyWindowDays };
    };
    expect(summary('washington-post')).toEqual({ wordLimit: 250, exclusive: true, replyWindowDays: 14 });
    expect(summary('irish-times')).toEqual({ wordLimit: null, exclusive: false, replyWindowDays: null });
    expect(summary('south-china-morning-post')).toEqual({
      wordLimit: 400,
      exclusive: false,
      replyWindowDays: null,
    });
    expect(summary('globe-and-mail')).toEqual({ wordLimit: 150, exclusive: true, replyWindowDays: null });
    // The others stay without a number until someone can cite one.
    for (const id of ['euobserver', 'financial-times', 'the-guardian', 'le-soir', 'new-york-times'])
      expect(summary(id)).toEqual({ wordLimit: null, exclusive: false, replyWindowDays: null });
  });
});

describe('a library file with profiles', () => {
  it('carries exclusivity, the reply window and the facts through export and import', async () => {
    const first = await freshServices();
    const cited = paper({
      id: 'cited-paper',
      nameEn: 'Cited Paper',
      exclusive: true,
      replyWindowDays: 21,
      facts: [fact],
    });
    await first.library.import('cited.json', JSON.stringify({ schemaVersion: 1, publications: [cited] }));
    const exported = JSON.parse(new TextDecoder().decode((await first.library.export([])).bytes));
    const sent = exported.publications.find((p: Publication) => p.id === 'cited-paper');
    expect(sent).toMatchObject({ exclusive: true, replyWindowDays: 21, facts: [fact] });

    const second = await freshServices();
    const only = { ...exported, templates: [], signatories: [], publications: [sent] };
    await second.library.import('shared.json', JSON.stringify(only));
    expect((await second.publications.list()).find((p) => p.id === 'cited-paper')).toMatchObject({
      exclusive: true,
      replyWindowDays: 21,
      facts: [fact],
    });
  });

  it('still imports a file made before profiles had facts', async () => {
    const services = await freshServices();
    const old = {
      schemaVersion: 1,
      publications: [paper({ wordLimit: 200, source: 'https://paper.example' })],
    };
    await services.library.import('old.json', JSON.stringify(old));
    expect(services.publications.get('paper')).toMatchObject({
      wordLimit: 200,
      exclusive: false,
      replyWindowDays: null,
      facts: [],
    });
  });

  it('refuses an unknown key inside a fact, and a fact without its source, saying where', async () => {
    const services = await freshServices();
    const file = JSON.stringify({
      schemaVersion: 1,
      publications: [
        paper({
          facts: [
            { ...fact, note: 'x' },
            { text: fact.text, checkedOn: fact.checkedOn },
          ],
        }),
      ],
    });
    const error = await services.library.import('bad.json', file).catch((e: Error) => e);
    expect(english((error as Error & { problems: Wording[] }).problems)).toEqual([
      'publications[0].facts[0].note: unknown key',
      'publications[0].facts[1].source: missing; expected text',
    ]);
  });
});
