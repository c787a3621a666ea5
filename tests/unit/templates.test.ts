import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, paragraphNode, placeholderNode, textNode, walk } from '../../core/editorDoc';
import { docToPlainText } from '../../core/document/plainText';
import type { Letter } from '../../core/letter';
import { isKnownPlaceholder, resolvePlaceholder } from '../../core/placeholders';
import { customFieldKey, customFieldNames } from '../../core/customFields';
import { parseTemplate } from '../../core/schemas/template';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE, REPO_ROOT } from '../helpers/services';
import { english } from '../helpers/english';

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

const textOf = (letter: Letter, part: 'preface' | 'body') =>
  docToPlainText(letter[part], (key) => resolvePlaceholder(key, letter).text);

const placeholderKeys = (letter: Letter) => {
  const keys: string[] = [];
  walk(letter.body.root, (node) => node.type === 'placeholder' && keys.push(String(node.key)));
  return keys;
};

describe('built-in templates', () => {
  const files = readdirSync(join(REPO_ROOT, 'templates')).filter((name) => name.endsWith('.json'));

  it('ships the five letter kinds, each valid, bilingual and using only known fields', () => {
    const templates = files.map((name) =>
      parseTemplate(JSON.parse(readFileSync(join(REPO_ROOT, 'templates', name), 'utf8'))),
    );
    expect(templates.map((t) => t.name).sort()).toEqual([
      'Correction request',
      'Letter to the editor (rebuttal)',
      'Op-ed submission cover note',
      'Press statement',
      "Reply to a journalist's questions",
    ]);
    for (const template of templates) {
      expect(`${template.id}.json`).toBe(files.find((f) => f === `${template.id}.json`));
      const headline = docToPlainText(
        { root: { ...template.preface.root, children: [template.preface.root.children[0]] } },
        () => '',
      );
      expect(headline, template.id).toMatch(/[\u4e00-\u9fff]/);
      expect(
        docToPlainText(template.body, () => 'X'),
        template.id,
      ).toMatch(/^[\x20-\x7e\u2018-\u201d…\n]+$/);
      const keys: string[] = [];
      for (const doc of [template.preface, template.body])
        walk(doc.root, (node) => node.type === 'placeholder' && keys.push(String(node.key)));
      expect(keys.length, template.id).toBeGreaterThan(0);
      expect(
        keys.filter((key) => !isKnownPlaceholder(key)),
        template.id,
      ).toEqual([]);
      expect(template.salutation, template.id).not.toContain('{{');
    }
  });
});

describe('user templates', () => {
  it('saves a letter as a template and makes a new letter from it with the new facts filled in', async () => {
    const services = await openServices(data.dir);
    const source = await services.letters.create(REBUTTAL_TEMPLATE, {
      publication: 'EUobserver',
      articleTitle: 'Trade talk',
      articleDate: '2020-05-06',
    });
    // The officer writes the paper's name and the title into the text by hand.
    const edited = await services.letters.save({
      ...source,
      salutation: 'Sir,',
      body: editorDoc([
        paragraphNode([textNode('Your article “Trade talk” in EUobserver was wrong.', 1)]),
        paragraphNode([textNode('See '), placeholderNode('article.url'), textNode('.')]),
      ]),
    });
    const template = services.templates.saveFromLetter(edited, {
      name: '  EUobserver rebuttal ',
      description: 'Short form',
      keep: { preface: false, body: true, salutation: true, closing: false },
    });
    expect(template).toMatchObject({
      name: 'EUobserver rebuttal',
      builtIn: false,
      salutation: 'Sir,',
      closing: '',
    });
    expect(services.templates.list().find((t) => t.id === template.id)).toMatchObject({ builtIn: false });

    const reopened = await openServices(data.dir);
    const next = await reopened.letters.create(template.id, {
      publication: 'Le Soir',
      articleTitle: 'Ports',
    });
    expect(textOf(next, 'body')).toBe('Your article “Ports” in Le Soir was wrong.\nSee [article URL].');
    expect(placeholderKeys(next)).toEqual(['article.title', 'publication', 'article.url']);
    // The bold formatting of the text around the fields survives.
    expect(next.body.root.children[0].children?.[0]).toMatchObject({ type: 'text', format: 1 });
    expect(next.salutation).toBe('Sir,');
    expect(next.closing).toBe('Yours sincerely,');
    expect(textOf(next, 'preface')).toBe('');
  });

  it('refuses to change or delete a built-in, but duplicates it as an editable copy', async () => {
    const services = await openServices(data.dir);
    expect(() => services.templates.remove(REBUTTAL_TEMPLATE, 0)).toThrow(
      /“Letter to the editor \(rebuttal\)” is a built-in template and cannot be deleted/,
    );
    expect(() =>
      services.templates.update({ id: REBUTTAL_TEMPLATE, revision: 0, name: 'Mine', description: '' }),
    ).toThrow(/cannot be changed\. Duplicate it/);
    const copy = await services.templates.duplicate(REBUTTAL_TEMPLATE);
    expect(copy).toMatchObject({ name: 'Letter to the editor (rebuttal) (copy)', builtIn: false });
    const renamed = services.templates.update({
      id: copy.id,
      revision: copy.revision,
      name: 'Rebuttal, short',
      description: 'Two paragraphs',
      body: editorDoc([paragraphNode([textNode('Short.')])]),
    });
    expect(renamed.body.root.children).toHaveLength(1);
    expect((await services.templates.get(REBUTTAL_TEMPLATE)).body.root.children).toHaveLength(4);
    expect(
      services.templates
        .list()
        .filter((t) => !t.builtIn)
        .map((t) => t.name),
    ).toEqual(['Rebuttal, short']);
    services.templates.remove(copy.id, renamed.revision);
    expect(services.templates.list().every((t) => t.builtIn)).toBe(true);
    expect(() =>
      services.templates.update({ id: copy.id, revision: renamed.revision, name: 'x', description: '' }),
    ).toThrow(/was not found/);
  });
});

describe('custom fields', () => {
  it('turns a typed name into a custom key, refusing names with nothing usable', () => {
    expect(customFieldKey('  Embargo time! ')).toBe('custom.embargo_time');
    expect(() => customFieldKey('截止时间')).toThrow(/Latin letters or digits/);
  });

  it('lists the custom fields a letter uses, and a saved template keeps them as fields', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(null);
    const withField = {
      ...letter,
      fields: { ...letter.fields, custom: { embargo_time: '10:00 CET' } },
      body: editorDoc([
        paragraphNode([
          textNode('Embargoed until 10:00 CET, '),
          placeholderNode('custom.desk'),
          textNode('.'),
        ]),
      ]),
    };
    expect(customFieldNames(withField)).toEqual(['desk', 'embargo_time']);
    const template = services.templates.saveFromLetter(withField, {
      name: 'Embargo note',
      description: '',
      keep: { preface: true, body: true, salutation: true, closing: true },
    });
    expect(template.body.root.children[0].children).toEqual([
      expect.objectContaining({ type: 'text', text: 'Embargoed until ' }),
      // The shape the editor's PlaceholderNode reads and writes.
      placeholderNode('custom.embargo_time'),
      expect.objectContaining({ type: 'text', text: ', ' }),
      placeholderNode('custom.desk'),
      expect.objectContaining({ type: 'text', text: '.' }),
    ]);
    expect(placeholderNode('custom.desk')).toMatchObject({
      type: 'placeholder',
      mode: 'token',
      key: 'custom.desk',
    });
  });
});

describe('a damaged templates store', () => {
  it('keeps unreadable entries aside, says so, and goes on with the rest', async () => {
    const services = await openServices(data.dir);
    const good = await services.templates.duplicate(REBUTTAL_TEMPLATE);
    const path = join(data.dir, 'templates.json');
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    stored.templates.push({ id: 'broken', name: 42 });
    writeFileSync(path, JSON.stringify(stored));

    const reopened = await openServices(data.dir);
    expect(english(reopened.info().notices)).toEqual([
      `One of your templates could not be read and was left out. It is kept under "damaged" in ${path}.`,
    ]);
    expect(
      reopened.templates
        .list()
        .filter((t) => !t.builtIn)
        .map((t) => t.id),
    ).toEqual([good.id]);
    await reopened.templates.duplicate(good.id);
    expect(JSON.parse(readFileSync(path, 'utf8')).damaged).toEqual([{ id: 'broken', name: 42 }]);
  });
});
