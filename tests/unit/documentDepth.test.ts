/**
 * One bound on how deeply an editor document nests (core/schemas/editorDoc.ts),
 * checked without recursion before anything recursive sees the document, on
 * every way a document comes in: the API, letter files, the templates store,
 * library import, snippets. A hostile document gets a clear message or is set
 * aside with a notice; it never overflows the stack or stops the app starting.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorDoc, textNode, type SerializedNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { letterToPlainText } from '../../core/letterText';
import { letterToPrintDocument } from '../../core/letterHtml';
import { EXPORT_VARIANTS } from '../../core/exportVariants';
import { libraryFile } from '../../core/libraryFile';
import { editorDocSchema, MAX_DOCUMENT_DEPTH } from '../../core/schemas/editorDoc';
import { dispatch } from '../../electron/api/dispatch';
import { exportCommand } from '../../electron/cli/exportCommand';
import { createHandlers } from '../../electron/api/handlers';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { readDocx } from '../helpers/docxText';
import { english } from '../helpers/english';

const TOO_DEEP = new RegExp(`nested more than ${MAX_DOCUMENT_DEPTH} levels deep`);

/** Lists within lists: a document whose nodes nest `depth` levels (root = 1), the text at the bottom. */
function nestedDoc(depth: number, text = 'the deepest words') {
  let node: SerializedNode = textNode(text);
  // root + (depth - 2) alternating list/listitem levels + the text node
  for (let level = depth - 2; level >= 1; level--) {
    node =
      level % 2
        ? { type: 'list', listType: 'bullet', tag: 'ul', start: 1, children: [node] }
        : { type: 'listitem', value: 1, children: [node] };
  }
  if (depth > 2 && (depth - 2) % 2 === 1) node = { type: 'paragraph', children: [node] };
  return editorDoc([node]);
}

/** The same, as JSON text: deeper than JSON.stringify (or structuredClone) can write. */
function deepDocJson(levels: number): string {
  const nodes = `${'{"type":"list","children":['.repeat(levels)}{"type":"text","text":"x"}${']}'.repeat(levels)}`;
  return `{"root":{"type":"root","children":[${nodes}]}}`;
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

describe('the document depth bound', () => {
  it('accepts a document at the bound and refuses one just beyond it, in words', () => {
    expect(editorDocSchema.safeParse(nestedDoc(MAX_DOCUMENT_DEPTH)).success).toBe(true);
    const refused = editorDocSchema.safeParse(nestedDoc(MAX_DOCUMENT_DEPTH + 3));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toMatch(TOO_DEEP);
    expect(refused.error?.issues[0].message).toMatch(/paste its text as plain text/);
  });

  it('refuses deep junk hidden in a node’s own properties too (it would overflow JSON.stringify)', () => {
    let junk: unknown = 'x';
    for (let i = 0; i < 10_000; i++) junk = [junk];
    const doc = editorDoc([{ type: 'paragraph', children: [{ ...textNode('hi'), junk }] }]);
    expect(editorDocSchema.safeParse(doc).error?.issues[0].message).toMatch(TOO_DEEP);
  });
});

describe('every way in', () => {
  it('letters.save and templates.update refuse a 100,000-level body with invalid-input, not a stack overflow', async () => {
    const handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
    const created = await dispatch(handlers, 'letters.create', { templateId: REBUTTAL_TEMPLATE });
    const letter = (created as { value: Letter }).value;
    const deep = nestedDoc(100_000);
    const saved = await dispatch(handlers, 'letters.save', { letter: { ...letter, body: deep } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!saved.ok) expect(saved.error.message).toMatch(TOO_DEEP);
    // Nothing was written: the stored letter is still the shallow one.
    const stored = await dispatch(handlers, 'letters.get', { id: letter.id });
    expect(stored).toMatchObject({ ok: true, value: { body: letter.body } });

    const copy = await dispatch(handlers, 'templates.duplicate', { id: REBUTTAL_TEMPLATE });
    const id = (copy as { value: { id: string } }).value.id;
    const updated = await dispatch(handlers, 'templates.update', { id, name: 'Deep', preface: deep });
    expect(updated).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!updated.ok) expect(updated.error.message).toMatch(TOO_DEEP);
  });

  it('a deep letter file on disk is set aside at start-up with a notice saying why; the app starts', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE);
    const path = join(data.dir, 'letters', `${letter.id}.json`);
    const stored = JSON.parse(await readFile(path, 'utf8'));
    // 5,000 levels as another program could write it (JSON.stringify itself overflows there).
    const body = `${'{"type":"list","children":['.repeat(5000)}{"type":"text","text":"x"}${']}'.repeat(5000)}`;
    await writeFile(
      path,
      JSON.stringify({ ...stored, body: 'BODY' }).replace(
        '"BODY"',
        `{"root":{"type":"root","children":[${body}]}}`,
      ),
    );

    const reopened = await openServices(data.dir);
    expect(reopened.letters.list()).toEqual([]);
    const notice = english(reopened.info().notices).find((n) => n.includes(`${letter.id}.json`));
    expect(notice).toMatch(TOO_DEEP);
    const kept = (await readdir(join(data.dir, 'letters'))).filter((n) => n.includes('.corrupt-'));
    expect(kept).toHaveLength(1);
  });

  it('a template too deep for the schema is kept under "damaged"; the rest of the store is served', async () => {
    const services = await openServices(data.dir);
    const good = await services.templates.duplicate(REBUTTAL_TEMPLATE);
    const storePath = join(data.dir, 'templates.json');
    const store = JSON.parse(await readFile(storePath, 'utf8'));
    const deep = {
      ...store.templates[0],
      id: 'u-deep',
      name: 'Deep',
      body: nestedDoc(MAX_DOCUMENT_DEPTH + 2),
    };
    await writeFile(storePath, JSON.stringify({ ...store, templates: [...store.templates, deep] }));

    const reopened = await openServices(data.dir);
    expect(reopened.templates.userTemplates().map((t) => t.id)).toEqual([good.id]);
    expect(english(reopened.info().notices).join('\n')).toMatch(/One of your templates could not be read/);
    const after = JSON.parse(await readFile(storePath, 'utf8'));
    expect(after.damaged.map((t: { id: string }) => t.id)).toEqual(['u-deep']);
  });

  it('a library import with a deep template is refused with the reason, and changes nothing', async () => {
    const services = await openServices(data.dir);
    const copy = await services.templates.duplicate(REBUTTAL_TEMPLATE);
    const { builtIn: _builtIn, ...template } = copy;
    const file = libraryFile(
      {
        templates: [{ ...template, id: 'u-imported', body: 'BODY' as never }],
        signatories: [],
        publications: [],
      },
      new Date(),
    );
    const content = JSON.stringify(file).replace('"BODY"', deepDocJson(5000));
    await expect(services.library.import('deep.json', content)).rejects.toThrow(TOO_DEEP);
    expect(services.templates.userTemplates().map((t) => t.id)).toEqual([copy.id]);
  });

  it('the command line refuses to export a deep letter file, saying why, and writes nothing', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE);
    const path = join(data.dir, 'deep-letter.json');
    await writeFile(
      path,
      JSON.stringify({ ...letter, body: 'BODY' }).replace('"BODY"', deepDocJson(100_000)),
    );
    const output = join(data.dir, 'out.docx');
    await expect(exportCommand([path], { dataDir: data.dir, variant: 'editor', output })).rejects.toThrow(
      TOO_DEEP,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('a snippet whose content is too deep is refused in words', async () => {
    const handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
    const snippet = { id: 'deep', title: 'Deep', side: 'body', content: nestedDoc(100_000) };
    const saved = await dispatch(handlers, 'snippets.save', { snippet });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    if (!saved.ok) expect(saved.error.message).toMatch(TOO_DEEP);
  });

  it('a letter at the bound saves, re-reads and exports every way (the walkers are safe up to it)', async () => {
    const services = await openServices(data.dir);
    const letter = await services.letters.create(REBUTTAL_TEMPLATE);
    const deep = {
      ...letter,
      body: nestedDoc(MAX_DOCUMENT_DEPTH),
      preface: nestedDoc(MAX_DOCUMENT_DEPTH, '深处'),
    };
    await services.letters.save(deep);
    const reopened = await openServices(data.dir);
    const stored = await reopened.letters.get(letter.id);
    expect(stored.body).toEqual(deep.body);
    for (const variant of EXPORT_VARIANTS) {
      const file = await reopened.exports.docx(letter.id, variant);
      expect((await readDocx(file.bytes)).documentXml).toMatch(
        variant === 'chinese' ? /深处/ : /the deepest words/,
      );
      expect(letterToPrintDocument(stored, variant, reopened.settings.get())).toMatch(
        variant === 'chinese' ? /深处/ : /the deepest words/,
      );
      await reopened.preflight.run(letter.id, variant);
    }
    expect((await reopened.exports.emailDraft(letter.id, 'editor')).bytes.length).toBeGreaterThan(0);
    expect(letterToPlainText(stored, reopened.settings.get())).toMatch(/the deepest words/);
    expect(existsSync(join(data.dir, 'letters', `${letter.id}.json`))).toBe(true);
  });
});
