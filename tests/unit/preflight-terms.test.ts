import { describe, expect, it } from 'vitest';
import { approvedAsWritten } from '../../core/preflight/termsRules';
import { termMatcher } from '../../core/terms/termMatcher';
import { entry, letterOf, problems } from './preflight-terms-helpers';

const BRI = entry({
  zh: ['一带一路', '“一带一路”倡议'],
  en: ['Belt and Road Initiative'],
  forbidden: ['One Belt One Road', 'OBOR'],
});
const WANG_YI = entry({ zh: ['王毅'], en: ['Wang Yi'], domain: 'person' });
const EUOBSERVER = entry({ zh: ['欧盟观察网'], en: ['EUobserver'], domain: 'institution' });
const terms = termMatcher([BRI, WANG_YI, EUOBSERVER]);

describe('preflight: a forbidden variant in the letter', () => {
  it('is an error naming the approved term, with a replacement covering exactly the variant', () => {
    const letter = letterOf(['一带一路倡议。'], ['We support the One Belt One Road plan.']);
    const [problem, ...rest] = problems(letter, 'terms.forbidden', { terms });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'error',
      side: 'body',
      message: '“One Belt One Road” is not the office’s term: write “Belt and Road Initiative”.',
      location: {
        side: 'body',
        blockIndex: 0,
        offset: 'We support the '.length,
        length: 'One Belt One Road'.length,
      },
      replacement: { text: 'Belt and Road Initiative', original: 'One Belt One Road' },
    });
  });

  it('passes the approved term, and a letter the export leaves out', () => {
    const approved = letterOf(['一带一路'], ['We support the Belt and Road Initiative.']);
    expect(problems(approved, 'terms', { terms })).toEqual([]);
    const variant = letterOf(['一带一路'], ['OBOR and the Belt and Road Initiative.']);
    expect(problems(variant, 'terms.forbidden', { terms, variant: 'chinese' })).toEqual([]);
  });

  it('capitalises the replacement at a sentence’s start only', () => {
    expect(approvedAsWritten('one China policy', 'OCP is old.', 0)).toBe('One China policy');
    expect(approvedAsWritten('one China policy', 'It is. OCP is', 7)).toBe('One China policy');
    expect(approvedAsWritten('one China policy', 'the OCP is', 4)).toBe('one China policy');
  });
});

describe('preflight: a Chinese term without its English', () => {
  it('is a hint worded as one, at the term in the preface', () => {
    const letter = letterOf(['我们欢迎一带一路合作。'], ['We welcome cooperation.']);
    const [problem, ...rest] = problems(letter, 'terms.missing-english', { terms });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'warning',
      side: 'preface',
      message:
        'The preface mentions 一带一路; the letter does not say “Belt and Road Initiative”. The preface is a summary, so this may be intended.',
      location: { side: 'preface', blockIndex: 0, offset: 4, length: 4 },
    });
  });

  it('passes when the letter uses any approved English, whatever its case', () => {
    const letter = letterOf(['一带一路合作。'], ['Under the belt and road initiative we cooperate.']);
    expect(problems(letter, 'terms', { terms })).toEqual([]);
  });
});

describe('preflight: people and places on one side only', () => {
  it('warns when the preface names a person the letter does not', () => {
    const letter = letterOf(['王毅外长表示。'], ['The foreign minister said so.']);
    expect(problems(letter, 'terms.missing-name', { terms })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: 'The preface names 王毅; the letter does not mention “Wang Yi”.',
      }),
    ]);
  });

  it('passes when the letter names them, and does not warn the other way round', () => {
    expect(problems(letterOf(['王毅外长表示。'], ['Wang Yi said so.']), 'terms', { terms })).toEqual([]);
    expect(problems(letterOf(['外长表示。'], ['Wang Yi said so.']), 'terms', { terms })).toEqual([]);
  });
});

describe('preflight: the publication’s name in both languages', () => {
  const publications = [
    { en: 'EUobserver', zh: '欧盟观察网' },
    { en: 'Financial Times', zh: '《金融时报》' },
  ];

  it('warns when the preface names another paper in 《》', () => {
    const letter = letterOf(['致《金融时报》编辑的信函。'], ['Dear Sir']);
    const [problem, ...rest] = problems(letter, 'crossLanguage.publication', { publications });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      severity: 'warning',
      message: 'The preface names 《金融时报》, but the letter is for EUobserver.',
      location: { side: 'preface', blockIndex: 0, offset: 1, length: '《金融时报》'.length },
    });
    // A paper the office has no profile for still reads as one by its name.
    expect(problems(letterOf(['《南华早报》报道'], ['Sir']), 'crossLanguage.publication')).toHaveLength(1);
  });

  it('passes the letter’s own paper, its termbase name and article titles in 《》', () => {
    const own = letterOf(['致《欧盟观察网》编辑，回应《中国的对欧政策》一文。'], ['Sir']);
    expect(problems(own, 'crossLanguage.publication', { publications })).toEqual([]);
    // No Chinese name in the letter's fields: the termbase pairs 欧盟观察网 with EUobserver.
    const viaTermbase = letterOf(['致《欧盟观察网》编辑'], ['Sir'], { publicationZh: '' });
    expect(problems(viaTermbase, 'crossLanguage.publication', { terms })).toEqual([]);
  });
});
