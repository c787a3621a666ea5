/**
 * Every variant of every fixture letter, with and without a letterhead, passes
 * the Open XML SDK's validator (the checks Word's "unreadable content" repair
 * comes from) with no errors at all.
 */
import JSZip from 'jszip';
import validate, { ready, type ValidationResult } from '@ooxml-tools/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_VARIANTS, type ExportVariant } from '../../core/contract';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { defaultSettings, type AppSettings } from '../../core/settings';
import { FIXTURE_LETTERS, loadFixtureLetter, type FixtureLetterId } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';

const SETTINGS: Record<string, () => AppSettings> = {
  letterhead: () => loadFixtureSettings('letterhead'),
  'no letterhead': defaultSettings,
  'bad-input settings': () => loadFixtureSettings('bad-input'),
};

const cases: Array<[FixtureLetterId, ExportVariant, string]> = FIXTURE_LETTERS.flatMap((id) =>
  EXPORT_VARIANTS.flatMap((variant) =>
    ['letterhead', 'no letterhead', ...(id === 'worst-bad-input' ? ['bad-input settings'] : [])].map(
      (settings) => [id, variant, settings] as [FixtureLetterId, ExportVariant, string],
    ),
  ),
);

const describeErrors = (errors: ValidationResult[]) =>
  errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join('\n');

describe('Open XML SDK validation', () => {
  beforeAll(async () => {
    // The validator is a .NET WebAssembly module: started once, then each check is quick.
    await ready();
  });

  it('reports errors in a broken document, so a pass means something', async () => {
    const zip = await JSZip.loadAsync(await buildLetterDocx(loadFixtureLetter('formatting'), 'editor'));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file(
      'word/document.xml',
      xml.replace('<w:body>', '<w:body><w:p><w:pPr><w:jc w:val="sideways"/></w:pPr></w:p>'),
    );
    const errors = await validate(await zip.generateAsync({ type: 'uint8array' }), 'docx');
    expect(describeErrors(errors)).toContain('sideways');
  });

  it.each(cases)('%s, %s variant, %s: no errors', async (id, variant, settings) => {
    const bytes = await buildLetterDocx(loadFixtureLetter(id), variant, SETTINGS[settings]());
    const errors = await validate(bytes, 'docx', 'Microsoft365');
    expect(describeErrors(errors)).toBe('');
  });
});
