import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogProblems, extractEnglish } from '../../scripts/i18n.js';
import { REPO_ROOT } from '../helpers/services';

const code = {
  'library.newLetter': 'New letter',
  'library.count': '{count, plural, one {# letter} other {# letters}}',
  'app.name': 'LetterDesk',
};
const complete = {
  en: { ...code },
  'zh-CN': { 'library.newLetter': '新建信函', 'library.count': '{count} 封信函', 'app.name': 'LetterDesk' },
};

describe('the catalog check (npm run i18n:check)', () => {
  it('passes complete catalogs, letting product names stay as they are', () => {
    expect(catalogProblems(code, complete)).toEqual([]);
  });

  it('names a message the code has and a catalog lacks, in either language', () => {
    const { 'library.newLetter': _gone, ...withoutNew } = complete['zh-CN'];
    expect(catalogProblems(code, { ...complete, 'zh-CN': withoutNew })).toEqual([
      'zh-CN: "library.newLetter" is not translated ("New letter").',
    ]);
    const { 'library.count': _alsoGone, ...englishWithout } = complete.en;
    expect(catalogProblems(code, { ...complete, en: englishWithout })).toEqual([
      'en: "library.count" is missing (run npm run i18n:extract).',
    ]);
  });

  it('names English left in the Chinese catalog, and messages the code no longer has', () => {
    const problems = catalogProblems(code, {
      en: { ...complete.en, 'old.thing': 'Old' },
      'zh-CN': { ...complete['zh-CN'], 'library.newLetter': 'New letter', 'old.thing': '旧' },
    });
    expect(problems).toEqual([
      'en: "old.thing" is no longer in the code (run npm run i18n:extract).',
      'zh-CN: "library.newLetter" is still in English ("New letter").',
      'zh-CN: "old.thing" is no longer in the code; remove it.',
    ]);
  });

  it('names a translation whose placeholders differ from the English, or that does not parse', () => {
    const problems = catalogProblems(code, {
      ...complete,
      'zh-CN': { ...complete['zh-CN'], 'library.count': '{total} 封信函', 'library.newLetter': '新建{' },
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^zh-CN: "library.newLetter" is not a valid ICU message/);
    expect(problems[1]).toBe('zh-CN: "library.count" uses {total} where the English uses {count}.');
  });

  it('refuses ids that are not dotted names', () => {
    expect(catalogProblems({ a1B2c3: 'Hi' }, { en: { a1B2c3: 'Hi' }, 'zh-CN': { a1B2c3: '你好' } })).toEqual([
      'a1B2c3: give the message an id like "library.newLetter" (dotted, no spaces).',
    ]);
  });

  it('finds the catalogs in the repository complete for the code as it stands', async () => {
    const read = (language: string) =>
      JSON.parse(readFileSync(join(REPO_ROOT, 'core/i18n/catalogs', `${language}.json`), 'utf8'));
    expect(catalogProblems(await extractEnglish(), { en: read('en'), 'zh-CN': read('zh-CN') })).toEqual([]);
  });
});
