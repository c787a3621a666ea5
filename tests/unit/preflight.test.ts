import { describe, expect, it } from 'vitest';
import { editorDoc, headingNode, paragraphNode, placeholderNode, textNode } from '../../core/editorDoc';
import type { Letter } from '../../core/letter';
import { runPreflight, type PreflightOptions, type SpellChecker } from '../../core/preflight/runPreflight';
import { loadFixtureLetter } from '../fixtures/loadLetter';

const para = (...parts: Array<string | ReturnType<typeof placeholderNode>>) =>
  paragraphNode(parts.map((part) => (typeof part === 'string' ? textNode(part) : part)));

const BODY = 'Your article on trade misrepresents the facts. We welcome a fair debate.';

/** A letter with nothing to report: both sides written, signed, dated, British pairing. */
function cleanLetter(changes: Partial<Letter> = {}): Letter {
  return {
    ...loadFixtureLetter('formatting'),
    salutation: 'Dear Sir/Madam,',
    closing: 'Yours faithfully,',
    preface: editorDoc([headingNode('h1', [textNode('驻外使馆致函编辑')]), para('本文回应了该报的报道。')]),
    body: editorDoc([para(BODY)]),
    ...changes,
  };
}

const withBody = (...blocks: ReturnType<typeof para>[]) => cleanLetter({ body: editorDoc(blocks) });
const withPreface = (...texts: string[]) =>
  cleanLetter({ preface: editorDoc([headingNode('h1', [textNode('标题')]), ...texts.map((t) => para(t))]) });

const OPTIONS: PreflightOptions = { variant: 'bilingual', wordLimit: null, prefaceCharLimit: 300 };
const run = (letter: Letter, options: Partial<PreflightOptions> = {}) =>
  runPreflight(letter, { ...OPTIONS, ...options });
const rules = (letter: Letter, options: Partial<PreflightOptions> = {}) =>
  run(letter, options).map((problem) => problem.rule);

describe('preflight: a clean letter', () => {
  it('reports nothing', () => {
    expect(run(cleanLetter())).toEqual([]);
  });
});

describe('preflight: unfilled placeholders', () => {
  it('reports each empty placeholder as an error naming its field, at its place in the text', () => {
    const letter = cleanLetter({
      fields: { ...cleanLetter().fields, articleTitle: '', articleUrl: '' },
      body: editorDoc([
        para('Your article ', placeholderNode('article.title'), ' at ', placeholderNode('article.url')),
      ]),
    });
    const problems = run(letter).filter((p) => p.rule === 'placeholder.unfilled');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('[article title]'),
      expect.stringContaining('[article URL]'),
    ]);
    // The side and the field go as ids, for the message to name them in the page's language.
    expect(problems[0].wording).toMatchObject({
      id: 'preflight.placeholder.inText',
      values: { side: 'body', field: 'articleTitle', fillIn: 'details', text: '[article title]' },
    });
    expect(problems[0].message).toBe(
      'The English letter still shows [article title]: fill in the article title in the letter’s details.',
    );
    expect(problems[0]).toMatchObject({
      severity: 'error',
      side: 'body',
      location: {
        side: 'body',
        blockIndex: 0,
        offset: 'Your article '.length,
        length: '[article title]'.length,
      },
    });
  });

  it('passes placeholders that have a value, and ignores the side the export leaves out', () => {
    const filled = cleanLetter({
      fields: { ...cleanLetter().fields, publication: 'EUobserver' },
      body: editorDoc([para('Dear ', placeholderNode('publication'))]),
    });
    expect(rules(filled)).not.toContain('placeholder.unfilled');
    const zhOnly = cleanLetter({
      fields: { ...cleanLetter().fields, publicationZh: '' },
      preface: editorDoc([headingNode('h1', [placeholderNode('publication.zh')]), para('正文。')]),
    });
    expect(rules(zhOnly, { variant: 'editor' })).not.toContain('placeholder.unfilled');
    expect(rules(zhOnly, { variant: 'chinese' })).toContain('placeholder.unfilled');
  });

  it('checks the addressee line too', () => {
    const letter = cleanLetter({
      addressee: 'The Editor, {{publication}}',
      fields: { ...cleanLetter().fields, publication: '' },
    });
    expect(run(letter)).toContainEqual(
      expect.objectContaining({ rule: 'placeholder.unfilled', location: { field: 'addressee' } }),
    );
  });
});

describe('preflight: missing parts', () => {
  it('flags an empty Chinese preface for the bilingual and Chinese exports only', () => {
    const letter = cleanLetter({ preface: editorDoc([headingNode('h1', []), para('')]) });
    expect(run(letter, { variant: 'bilingual' })).toContainEqual(
      expect.objectContaining({ rule: 'missing.preface', severity: 'error', side: 'preface' }),
    );
    expect(rules(letter, { variant: 'editor' })).not.toContain('missing.preface');
  });

  it('flags a letter with no signatory, no date or no salutation', () => {
    const letter = cleanLetter({ signatory: null, date: '', salutation: '  ' });
    const problems = run(letter);
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'missing.signatory', severity: 'error' }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ rule: 'missing.date', severity: 'error' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ rule: 'missing.salutation', severity: 'warning' }),
    );
    expect(rules(letter, { variant: 'chinese' })).toEqual([]);
  });

  it('flags an English letter with no text', () => {
    expect(rules(withBody(para('  ')))).toContain('missing.body');
  });
});

describe('preflight: length', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('says by how much the letter is over the word limit', () => {
    const problems = run(withBody(para(words(312))), { wordLimit: 250, publicationName: 'EUobserver' });
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'length.words',
        severity: 'warning',
        message: '312 words; EUobserver takes at most 250: cut 62.',
        // Numbers stay numbers (the page formats them); the paper's name is content, a value.
        wording: expect.objectContaining({
          id: 'preflight.length.words',
          values: { words: 312, limit: 250, excess: 62, publication: 'EUobserver' },
        }),
      }),
    ]);
    expect(run(withBody(para(words(312))), { wordLimit: 250 })[0]).toMatchObject({
      message: '312 words; The publication takes at most 250: cut 62.',
      wording: { id: 'preflight.length.wordsNoPublication' },
    });
  });

  it('passes a letter at the limit, and one for a paper without a limit', () => {
    expect(rules(withBody(para(words(250))), { wordLimit: 250 })).toEqual([]);
    expect(rules(withBody(para(words(900))), { wordLimit: null })).toEqual([]);
  });

  it('warns when the preface is over the house character limit', () => {
    const long = withPreface('中'.repeat(40) + '。');
    expect(run(long, { prefaceCharLimit: 30 })).toContainEqual(
      expect.objectContaining({ rule: 'length.preface', message: expect.stringContaining('cut 13') }),
    );
    expect(rules(long, { prefaceCharLimit: 300 })).toEqual([]);
  });
});

describe('preflight: empty paragraphs', () => {
  const empty = () => paragraphNode([]);
  const blank = () => para('  ');
  const notes = (letter: Letter) => run(letter).filter((p) => p.rule === 'layout.empty-paragraph');

  it('notes each run of empty paragraphs between paragraphs, on either side, with where it starts', () => {
    const letter = cleanLetter({
      preface: editorDoc([
        headingNode('h1', [textNode('标题')]),
        para('第一段。'),
        empty(),
        para('第二段。'),
      ]),
      body: editorDoc([para('One.'), empty(), blank(), empty(), para('Two.'), empty(), para('Three.')]),
    });
    // The side goes as its id, for the message to name it in the page's language.
    expect(notes(letter).map((p) => p.wording)).toEqual([
      expect.objectContaining({ id: 'preflight.emptyParagraph.gap', values: { count: 1, side: 'preface' } }),
      expect.objectContaining({ id: 'preflight.emptyParagraph.gap', values: { count: 3, side: 'body' } }),
      expect.objectContaining({ id: 'preflight.emptyParagraph.gap', values: { count: 1, side: 'body' } }),
    ]);
    expect(notes(letter).map((p) => [p.severity, p.location, p.message])).toEqual([
      [
        'warning',
        { side: 'preface', blockIndex: 2 },
        'An empty paragraph in the Chinese preface prints as a blank gap between paragraphs: remove it.',
      ],
      [
        'warning',
        { side: 'body', blockIndex: 1 },
        '3 empty paragraphs in the English letter print as a blank gap between paragraphs: remove them.',
      ],
      [
        'warning',
        { side: 'body', blockIndex: 5 },
        'An empty paragraph in the English letter prints as a blank gap between paragraphs: remove it.',
      ],
    ]);
  });

  it('leaves empty paragraphs at the start and the end alone, and the side the export leaves out', () => {
    expect(notes(withBody(empty(), para('One.'), para('Two.'), empty(), empty()))).toEqual([]);
    // A new preface: an empty paragraph under the headline, still to be written.
    expect(
      notes(cleanLetter({ preface: editorDoc([headingNode('h1', [textNode('标题')]), empty()]) })),
    ).toEqual([]);
    expect(
      run(withBody(para('One.'), empty(), para('Two.')), { variant: 'chinese' }).map((p) => p.rule),
    ).not.toContain('layout.empty-paragraph');
  });
});

describe('preflight: salutation and closing', () => {
  it('warns when "Dear Sir/Madam" closes "Yours sincerely"', () => {
    const problems = run(cleanLetter({ closing: 'Yours sincerely,' }));
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'style.salutation-closing',
        severity: 'warning',
        message: expect.stringContaining('Yours faithfully'),
        location: { field: 'closing' },
      }),
    ]);
  });

  it('warns when a named reader gets "Yours faithfully", and passes the right pairs', () => {
    expect(rules(cleanLetter({ salutation: 'Dear Ms Smith,' }))).toEqual(['style.salutation-closing']);
    expect(rules(cleanLetter({ salutation: 'Dear Ms Smith,', closing: 'Yours sincerely,' }))).toEqual([]);
    expect(rules(cleanLetter({ salutation: 'Sir,' }))).toEqual([]);
  });
});

describe('preflight: typography', () => {
  const only = (letter: Letter) => run(letter).filter((p) => p.rule.startsWith('typography.'));

  it('flags straight quotes in a letter that uses curly ones, at the quote', () => {
    const problems = only(withBody(para("The “facts” don't lie.")));
    expect(problems).toEqual([
      expect.objectContaining({
        rule: 'typography.mixed-quotes',
        location: { side: 'body', blockIndex: 0, offset: 'The “facts” don'.length, length: 1 },
      }),
    ]);
    expect(only(withBody(para('The "facts" don\'t lie.')))).toEqual([]);
  });

  it('flags a double space, and not a single one', () => {
    expect(only(withBody(para('The facts  speak.')))).toEqual([
      expect.objectContaining({
        rule: 'typography.double-space',
        location: expect.objectContaining({ offset: 9 }),
      }),
    ]);
    expect(only(withBody(para('The facts speak.')))).toEqual([]);
  });

  it('flags a space before punctuation, but not an ellipsis', () => {
    expect(only(withBody(para('The facts speak , clearly.'))).map((p) => p.rule)).toEqual([
      'typography.space-before-punctuation',
    ]);
    expect(only(withBody(para('The facts speak, and then ...')))).toEqual([]);
  });

  it('flags "Sir/ Madam" in the text and in the salutation field', () => {
    expect(only(withBody(para('To Sir/ Madam.'))).map((p) => p.rule)).toEqual(['typography.slash-spacing']);
    expect(only(cleanLetter({ salutation: 'Dear Sir /Madam,' }))).toEqual([
      expect.objectContaining({ rule: 'typography.slash-spacing', location: { field: 'salutation' } }),
    ]);
    expect(only(withBody(para('To Sir/Madam, and/or you.')))).toEqual([]);
  });

  it('flags half-width punctuation in Chinese text, with the full-width mark to use', () => {
    expect(only(withPreface('中方认为,该报道不实。'))).toEqual([
      expect.objectContaining({
        rule: 'typography.halfwidth-punctuation',
        side: 'preface',
        message: expect.stringContaining('use “，”'),
        location: { side: 'preface', blockIndex: 1, offset: 4, length: 1 },
      }),
    ]);
    expect(only(withPreface('中方认为，该报道不实。2020.5 版本 v1.2'))).toEqual([]);
  });

  it('flags brackets and quotes that do not pair up, in either language', () => {
    expect(only(withBody(para('The report (published in May is wrong.'))).map((p) => p.message)).toEqual([
      expect.stringContaining('Unclosed “(”'),
    ]);
    expect(only(withPreface('《金融时报》报道》称'))).toEqual([
      expect.objectContaining({
        rule: 'typography.brackets',
        location: expect.objectContaining({ offset: 8 }),
      }),
    ]);
    expect(only(withBody(para('The report (published in May) quoted “experts” [sic].')))).toEqual([]);
  });
});

describe('preflight: spelling', () => {
  const KNOWN = new Set(['the', 'article', 'on', 'colour', 'is', 'at', 'see', 'and', 'a', 'of']);
  const checker: SpellChecker = {
    correct: (word) => KNOWN.has(word.toLowerCase()),
    suggest: (word) => (word === 'artcle' ? ['article', 'artless'] : []),
  };
  const spelling = (letter: Letter) =>
    run(letter, { spelling: checker }).filter((problem) => problem.rule === 'spelling');

  it('flags a misspelt word at its place, with suggestions', () => {
    expect(spelling(withBody(para('The artcle on colour')))).toEqual([
      expect.objectContaining({
        word: 'artcle',
        suggestions: ['article', 'artless'],
        message: '“artcle” may be misspelt: did you mean “article”, “artless”?',
        location: { side: 'body', blockIndex: 0, offset: 4, length: 6 },
      }),
    ]);
  });

  it('skips placeholders, links, e-mail addresses, acronyms, numbers and Chinese', () => {
    const letter = cleanLetter({
      fields: { ...cleanLetter().fields, publication: 'Zeitgeisty Tagblatt' },
      body: editorDoc([
        para(
          'The article ',
          placeholderNode('publication'),
          ' at https://exmple.org/ofice and press@embasy.example is NATO and COVID-19 of 3rd 人民日报',
        ),
      ]),
    });
    expect(spelling(letter)).toEqual([]);
  });
});
