/**
 * Every message the services, the import check and the preflight send (ids
 * under error., notice., import. and preflight.) says in Chinese what it says
 * in English: each is formatted from the zh-CN catalog, in every branch of
 * its selects and plurals, and must come out Chinese, whole (no `{` left by a
 * broken placeholder) and without a formatting error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntl } from '@formatjs/intl';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { inEnglish, type WordingValues } from '../../core/i18n/wording';
import { editorDoc, headingNode, paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import { runPreflight } from '../../core/preflight/runPreflight';
import { loadFixtureLetter } from '../fixtures/loadLetter';
import { REPO_ROOT } from '../helpers/services';

const OURS = /^(error|notice|import|preflight)\./;
const HAN = /\p{Script=Han}/u;
// Read as written: an import would arrive compiled to AST (vitest.config.ts), and this test parses the text itself.
const catalog = (language: string): Record<string, string> =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'core/i18n/catalogs', `${language}.json`), 'utf8'));
const english = catalog('en');
const chinese = catalog('zh-CN');

function failOn(error: unknown): void {
  throw error;
}
const intl = createIntl({ locale: 'zh-CN', messages: chinese, onError: failOn });

/** A value for each argument, and one set of values per branch of each select and plural. */
function valueSets(elements: MessageFormatElement[]): WordingValues[] {
  const base: WordingValues = {};
  const branches: WordingValues[] = [];
  const visit = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.argument) base[node.value] ??= 'X';
      if (node.type === TYPE.number) base[node.value] = 2;
      if (node.type === TYPE.plural) {
        base[node.value] = 1;
        branches.push({ [node.value]: 1 }, { [node.value]: 3 });
      }
      if (node.type === TYPE.select) {
        base[node.value] = 'other';
        for (const key of Object.keys(node.options)) branches.push({ [node.value]: key });
      }
      if (node.type === TYPE.plural || node.type === TYPE.select) {
        for (const option of Object.values(node.options)) visit(option.value);
      }
    }
  };
  visit(elements);
  return [base, ...branches.map((branch) => ({ ...base, ...branch }))];
}

const ids = Object.keys(english).filter((id) => OURS.test(id));

describe('the services’ and the checks’ messages in Chinese', () => {
  it('covers a message of every kind', () => {
    for (const prefix of ['error.', 'notice.', 'import.', 'preflight.'])
      expect(
        ids.some((id) => id.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it.each(ids)('%s reads as Chinese in every branch', (id) => {
    expect(chinese[id], id).toBeDefined();
    for (const values of valueSets(parse(english[id]))) {
      const text = intl.formatMessage({ id, defaultMessage: english[id] }, values);
      expect(text, JSON.stringify(values)).toMatch(HAN);
      expect(text, JSON.stringify(values)).not.toMatch(/[{}]/);
      // Side and type names are words of the message, never English spliced in.
      expect(text).not.toMatch(/Chinese preface|English letter|The letter|a number/);
    }
  });

  it('words the problems a real check finds, with their values', () => {
    const letter = {
      ...loadFixtureLetter('formatting'),
      salutation: 'Dear Mr Smith,',
      closing: 'Yours faithfully,',
      signatory: null,
      date: '',
      preface: editorDoc([headingNode('h1', [textNode('标题')]), paragraphNode([textNode('本文,回应(')])]),
      body: editorDoc([
        paragraphNode([textNode('Dear  "Sir" ,'), placeholderNode('custom.embargo')]),
        paragraphNode([]),
        paragraphNode([textNode('The end “quote.')]),
      ]),
    };
    const problems = runPreflight(letter, {
      variant: 'bilingual',
      wordLimit: 2,
      publicationName: 'EUobserver',
      prefaceCharLimit: 2,
      spelling: { correct: (word) => word !== 'Sir', suggest: () => ['Sire'] },
    });
    expect(new Set(problems.map((p) => p.rule)).size).toBeGreaterThan(8);
    for (const problem of problems) {
      expect(problem.message).toBe(inEnglish(problem.wording));
      const text = intl.formatMessage(problem.wording, problem.wording.values);
      expect(text, problem.rule).toMatch(HAN);
      expect(text, problem.rule).not.toMatch(/[{}]|Chinese preface|English letter/);
    }
  });
});
