import { readFile, writeFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newBlankLetter } from '../../core/letter';
import { fillPlaceholders } from '../../core/placeholders';
import { applyPublication } from '../../core/publication';
import { parsePublication, publicationSchema } from '../../core/schemas/publication';
import { PublicationService } from '../../electron/services/publicationService';
import { readSeed } from '../../electron/services/seedData';
import { confStoreOpener } from '../../electron/storage/confStore';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';
import { english } from '../helpers/english';
import type { Wording } from '../../core/i18n/wording';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

function open(templatesDir = join(REPO_ROOT, 'templates')) {
  const notices: Wording[] = [];
  const store = confStoreOpener(data.dir, notices)('publications');
  const service = new PublicationService(store, () =>
    readSeed(templatesDir, 'publications', 'publications', parsePublication, notices),
  );
  return { service, notices };
}

const paper = (changes: Partial<Parameters<typeof publicationSchema.parse>[0]> = {}) =>
  publicationSchema.parse({ id: 'le-monde', nameEn: 'Le Monde', nameZh: '世界报', ...changes });

describe('publication profiles', () => {
  it('start with the shipped examples, named in both languages, with no limit that was not confirmed', () => {
    const { service, notices } = open();
    const list = service.list();
    expect(notices).toEqual([]);
    expect(list.map((p) => `${p.nameEn} / ${p.nameZh}`)).toEqual([
      'EUobserver / 欧盟观察网',
      'Financial Times / 金融时报',
      'Le Soir / 晚报',
      'South China Morning Post / 南华早报',
      'The Globe and Mail / 环球邮报',
      'The Guardian / 卫报',
      'The Irish Times / 爱尔兰时报',
      'The New York Times / 纽约时报',
      'The Washington Post / 华盛顿邮报',
    ]);
    // A limit only ships with a source the officer can check.
    for (const p of list) if (p.wordLimit !== null) expect(p.source).toMatch(/^https?:\/\//);
    expect(service.get('financial-times').salutation).toBe('Sir,');
  });

  it('are seeded once: a removed example stays removed when the app opens again', () => {
    open().service.remove('le-soir', 0);
    const again = open().service;
    expect(again.list().map((p) => p.id)).not.toContain('le-soir');
    expect(again.list()).toHaveLength(8);
  });

  it('save new ones, replace by id, and store Chinese names without 《》', async () => {
    const { service } = open();
    service.save(paper({ nameZh: '《世界报》' }));
    expect(service.get('le-monde').nameZh).toBe('世界报');
    service.save(paper({ wordLimit: 250, nameZh: '世界报', revision: 1 }));
    expect(service.list().filter((p) => p.id === 'le-monde')).toHaveLength(1);
    expect(service.get('le-monde').wordLimit).toBe(250);
    const stored = JSON.parse(await readFile(join(data.dir, 'publications.json'), 'utf8'));
    expect(JSON.stringify(stored)).not.toMatch(/[《》]/);
  });

  it('refuses a bad profile and an unknown id with a message saying what is wrong', () => {
    const { service } = open();
    expect(() => service.save({ ...paper(), id: 'Le Monde!' })).toThrow(
      /could not be saved: publication field "id"/,
    );
    expect(() => service.remove('nowhere', 0)).toThrow(/The publication “nowhere” was not found/);
    expect(() => service.get('nowhere')).toThrow(/was not found/);
  });

  it('report a damaged seed file instead of failing, and start empty', async () => {
    const dir = join(data.dir, 'broken-templates');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'seed'), { recursive: true }));
    await writeFile(join(dir, 'seed', 'publications.json'), '{"publications": [{"id": "x"}]}');
    const { service, notices } = open(dir);
    expect(service.list()).toEqual([]);
    expect(english(notices)[0]).toMatch(
      /publications in .*publications\.json could not be read \(publication field "nameEn"/,
    );
  });
});

describe('picking a publication for a letter', () => {
  const blank = () => newBlankLetter({ id: 'l1', now: new Date('2026-05-08T09:00:00Z') });

  it('fills its names, letters address and house salutation, and remembers which profile it was', () => {
    const letter = applyPublication(
      blank(),
      paper({ lettersEmail: 'courrier@lemonde.example', salutation: 'Sir,', nameZh: '《世界报》' }),
    );
    expect(letter.publicationId).toBe('le-monde');
    expect(letter.fields).toMatchObject({
      publication: 'Le Monde',
      publicationZh: '世界报',
      lettersEmail: 'courrier@lemonde.example',
    });
    expect(letter.salutation).toBe('Sir,');
    // The Chinese headline wraps the name in 《》 itself, so it appears once.
    expect(fillPlaceholders('《{{publication.zh}}》刊登', letter)).toBe('《世界报》刊登');
  });

  it('keeps the letter’s own salutation and other fields when the paper has no house style', () => {
    const start = { ...blank(), salutation: 'Dear Editor,' };
    start.fields = { ...start.fields, articleTitle: 'Labs' };
    const letter = applyPublication(start, paper());
    expect(letter.salutation).toBe('Dear Editor,');
    expect(letter.fields.articleTitle).toBe('Labs');
  });
});

describe('the email draft for a letter to a profiled publication', () => {
  it('follows the profile: letter in the body, or only attached', async () => {
    const services = await openServices(data.dir);
    let letter = await services.letters.create(REBUTTAL_TEMPLATE, {});
    const attachOnly = { ...paper(), letterInEmailBody: false };
    services.publications.save(attachOnly);
    const draftText = async (publicationId: string) => {
      letter = await services.letters.save(
        applyPublication(letter, services.publications.get(publicationId)),
      );
      const file = await services.exports.emailDraft(letter.id, 'editor');
      return (await simpleParser(Buffer.from(file.bytes))).text ?? '';
    };
    expect(await draftText('le-monde')).toContain('The letter is attached as a Word document.');
    expect(await draftText('euobserver')).toContain('The text of the letter follows below');
  });
});
