/**
 * A redline between any two fixture letters (the newer taking the older's
 * place, so nearly everything changes, bad input and all) holds exactly both
 * texts: accepting every change gives the newer letter's normal export,
 * rejecting every one the older's. A few pairs go through the validator.
 */
import validate, { ready, type ValidationResult } from '@ooxml-tools/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLetterDocx } from '../../core/docx/buildLetterDocx';
import { buildRedlineDocx } from '../../core/docx/redline/buildRedlineDocx';
import { FIXTURE_LETTERS, loadFixtureLetter, type FixtureLetterId } from '../fixtures/loadLetter';
import { loadFixtureSettings } from '../fixtures/loadSettings';
import { acceptedText, documentXml, rejectedText, textOf } from '../helpers/trackedChanges';

const BY = { author: 'Reviewer', date: '2026-11-30T09:00:00Z' };
const settings = () => loadFixtureSettings('letterhead');

const PAIRS = FIXTURE_LETTERS.flatMap((older) =>
  FIXTURE_LETTERS.filter((newer) => newer !== older).map((newer): [FixtureLetterId, FixtureLetterId] => [
    older,
    newer,
  ]),
);

function versions(olderId: FixtureLetterId, newerId: FixtureLetterId) {
  const older = loadFixtureLetter(olderId);
  return { older, newer: { ...loadFixtureLetter(newerId), id: older.id } };
}

describe('redline between fixture letters', () => {
  it.each(PAIRS)(
    '%s -> %s: accepting gives the newer text, rejecting the older',
    async (olderId, newerId) => {
      const { older, newer } = versions(olderId, newerId);
      const xml = await documentXml(await buildRedlineDocx(older, newer, 'bilingual', BY, settings()));
      expect(acceptedText(xml)).toBe(
        textOf(await documentXml(await buildLetterDocx(newer, 'bilingual', settings()))),
      );
      expect(rejectedText(xml)).toBe(
        textOf(await documentXml(await buildLetterDocx(older, 'bilingual', settings()))),
      );
    },
  );

  describe('Open XML SDK validation', () => {
    beforeAll(async () => {
      await ready();
    });
    const describeErrors = (errors: ValidationResult[]) =>
      errors.map((e) => `${e.path.partUri} ${e.path.xpath}: ${e.description}`).join('\n');
    it.each([
      ['formatting', 'worst-bad-input'],
      ['worst-bad-input', 'long-chinese'],
      ['three-page', 'emoji-rtl'],
    ] as const)('%s -> %s: no errors', async (olderId, newerId) => {
      const { older, newer } = versions(olderId, newerId);
      const errors = await validate(
        await buildRedlineDocx(older, newer, 'bilingual', BY, settings()),
        'docx',
        'Microsoft365',
      );
      expect(describeErrors(errors)).toBe('');
    });
  });
});
