import { describe, expect, it } from 'vitest';
import { searchTerms, termsMatching } from '../../core/terms/termSearch';
import { entry } from './preflight-terms-helpers';

const older = {
  ...entry({ zh: ['一带一路'], en: ['Belt and Road Initiative'], forbidden: ['OBOR'] }),
  id: 'a',
  changedAt: '2026-01-01T00:00:00.000Z',
};
const newer = {
  ...entry({ zh: ['全球发展倡议'], en: ['Global Development Initiative'], forbidden: [] }),
  id: 'b',
  changedAt: '2026-06-01T00:00:00.000Z',
};

describe('the termbase search (Settings and the term picker)', () => {
  it('matches every word in either language, case- and width-folded', () => {
    // Full-width letters, as a Chinese input method may type them.
    expect(termsMatching([older, newer], 'ｏｂｏｒ')).toEqual([older]);
    expect(termsMatching([older, newer], 'initiative 倡议')).toEqual([newer]);
    expect(termsMatching([older, newer], 'initiative road')).toEqual([older]);
    expect(termsMatching([older, newer], 'initiative treaty')).toEqual([]);
  });

  it('keeps the order given for the picker; Settings lists the newest change first', () => {
    expect(termsMatching([older, newer], 'initiative')).toEqual([older, newer]);
    expect(searchTerms([older, newer], 'initiative', null)).toEqual([newer, older]);
    expect(searchTerms([older, newer], '', 'place')).toEqual([]);
  });
});
