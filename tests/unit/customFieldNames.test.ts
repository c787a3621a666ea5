/**
 * Custom fields are looked up as own properties only. Fields named like
 * Object's own members ("constructor", "__proto__", "toString" …) save,
 * re-read and export with their own values, and an empty one prints its
 * label in brackets, never an inherited function ("function Object() …").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeholderNode, paragraphNode, textNode, editorDoc } from '../../core/editorDoc';
import { EXPORT_VARIANTS } from '../../core/exportVariants';
import { newBlankLetter, type Letter } from '../../core/letter';
import { letterToPrintDocument } from '../../core/letterHtml';
import { letterToPlainText } from '../../core/letterText';
import { customFieldNames } from '../../core/customFields';
import { fillPlaceholders, resolvePlaceholder } from '../../core/placeholders';
import { parseLetter } from '../../core/schemas/letter';
import { dispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { makeDataDir, openServices, REBUTTAL_TEMPLATE } from '../helpers/services';
import { CANCELLING_TRANSPORT } from '../helpers/transport';
import { readDocx } from '../helpers/docxText';

/** Names a user can type (lower case, as customFieldKey makes them) that Object.prototype also has. */
const WITH_VALUES = ['constructor', '__proto__', 'valueof_', 'hasownproperty'];
/** Placeholders typed by hand into the text keep their case, and have no value. */
const EMPTY = ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];

/** Values as the browser sends them: parsed from JSON, so "__proto__" is an own key. */
const values = JSON.parse(
  JSON.stringify(Object.fromEntries(WITH_VALUES.map((name) => [name, `value of ${name}`]))).replace(
    '"valueof_"',
    '"__proto__":"value of __proto__","valueof_"',
  ),
) as Record<string, string>;

function withFields(letter: Letter): Letter {
  const line = (names: string[]) =>
    paragraphNode(names.flatMap((name) => [placeholderNode(`custom.${name}`), textNode(' / ')]));
  return {
    ...letter,
    addressee: `To {{custom.constructor}} and {{custom.toString}}`,
    fields: { ...letter.fields, custom: values },
    preface: editorDoc([line(WITH_VALUES), line(EMPTY)]),
    body: editorDoc([line(WITH_VALUES), line(EMPTY)]),
  };
}

/** Plain-text copies wrap long lines: compare with runs of white space as one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

function expectRightText(text: string) {
  for (const name of WITH_VALUES) expect(oneLine(text)).toContain(`value of ${name}`);
  for (const name of EMPTY) expect(oneLine(text)).toContain(oneLine(`[${name.replace(/[-_]/g, ' ')}]`));
  expect(text).not.toMatch(/function|\[native code\]|\[object Object\]/);
}

let data: Awaited<ReturnType<typeof makeDataDir>>;
beforeEach(async () => {
  data = await makeDataDir();
});
afterEach(() => data.cleanup());

describe('custom fields named like Object’s own members', () => {
  it('resolve to their own value, or their label when empty', () => {
    const letter = parseLetter(
      withFields(newBlankLetter({ id: 'custom-names', now: new Date('2020-05-08') })),
    );
    for (const name of WITH_VALUES)
      expect(resolvePlaceholder(`custom.${name}`, letter)).toEqual({
        text: `value of ${name}`,
        filled: true,
      });
    for (const name of EMPTY)
      expect(resolvePlaceholder(`custom.${name}`, letter).text).toBe(`[${name.replace(/[-_]/g, ' ')}]`);
    expect(fillPlaceholders('{{custom.toString}}', letter)).toBe('[toString]');
    expect(customFieldNames(letter)).toEqual(expect.arrayContaining([...WITH_VALUES, ...EMPTY]));
  });

  it('save through the API, re-read after a restart and export every way with the right values', async () => {
    const handlers = createHandlers(await openServices(data.dir), CANCELLING_TRANSPORT);
    const created = await dispatch(handlers, 'letters.create', { templateId: REBUTTAL_TEMPLATE });
    const letter = withFields((created as { value: Letter }).value);
    // As the browser-mode transport delivers it: JSON text parsed on the server.
    const saved = await dispatch(handlers, 'letters.save', JSON.parse(JSON.stringify({ letter })));
    expect(saved.ok).toBe(true);

    const services = await openServices(data.dir);
    const stored = await services.letters.get(letter.id);
    expect(Object.entries(stored.fields.custom).sort()).toEqual(Object.entries(values).sort());
    for (const variant of EXPORT_VARIANTS) {
      const docx = await readDocx((await services.exports.docx(letter.id, variant)).bytes);
      expectRightText(docx.paragraphsText().join('\n'));
      expectRightText(letterToPrintDocument(stored, variant, services.settings.get()));
      const problems = await services.preflight.run(letter.id, variant);
      expect(JSON.stringify(problems)).not.toMatch(/function|native code/);
    }
    expectRightText(letterToPlainText(stored, services.settings.get()));
    const email = await services.exports.emailDraft(letter.id, 'editor');
    expect(Buffer.from(email.bytes).toString('utf8')).not.toMatch(/function Object|native code/);
  });
});
