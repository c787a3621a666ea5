/**
 * The preface and the letter must state the same facts (docs/technical/termbase.md, "Checks"):
 * - figures — dates, years, percentages, amounts and counts — the preface
 *   gives and the letter does not, in any of its usual forms
 *   (crossLanguageFigures.ts). Only preface → letter warns: a figure in the
 *   short preface missing from the letter is the real risk, a figure in the
 *   letter missing from its summary is normal. Where the letter has an
 *   unanswered figure of the same kind (17% against 16%), the warning points
 *   at it too, as the place that probably differs;
 * - the paper the preface names in 《》 is the letter's publication.
 */
import { defineMessages, wording } from '../i18n/wording';
import { stripTitleMarks } from '../publication';
import { insidePlaceholder, type BlockText } from './blockText';
import { at, excerpt, type Finding, type Rule } from './context';
import { chineseFigures, englishFigures, sameFigure, type Figure } from './crossLanguageFigures';
import type { PreflightOptions } from './problem';

const messages = defineMessages({
  figureMissing: {
    id: 'preflight.crossLanguage.figureMissing',
    defaultMessage: 'The preface gives {figure} (“{excerpt}”); the letter does not.',
  },
  figureDiffers: {
    id: 'preflight.crossLanguage.figureDiffers',
    defaultMessage:
      'The preface gives {figure} (“{excerpt}”); the letter does not, but it has {other}: check that they agree.',
  },
  publicationNamed: {
    id: 'preflight.crossLanguage.publication',
    defaultMessage: 'The preface names 《{named}》, but the letter is for {publication}.',
  },
});

const location = (figure: Figure) => at(figure.block, figure.offset, figure.length);
const key = (f: Figure) => `${f.kind}:${f.value}:${f.month ?? ''}:${f.year ?? ''}`;

/** The letter's figure that probably differs: one of the same kind the preface does not answer. */
function counterpart(
  figure: Figure,
  english: Figure[],
  answered: Set<Figure>,
  dates: () => Figure[],
): Figure | undefined {
  const inDate = (n: Figure) =>
    dates().some(
      (d) => d.block === n.block && n.offset < d.offset + d.length && d.offset < n.offset + n.length,
    );
  return english.find(
    (other) =>
      !answered.has(other) &&
      other.kind === figure.kind &&
      // A placeholder's value (the article's date) is the field's, not a claim of the letter.
      !insidePlaceholder(other.block, other.offset, other.length) &&
      // Only figures written with numerals: "both", "one" or "in May" is no rival to 1,200 or 6 May;
      // nor is a date's day.
      /\d/.test(other.text) &&
      (other.kind !== 'number' || !inDate(other)),
  );
}

const figuresRule: Rule = (context) => {
  const sides = context.allBlocks;
  const chinese = sides.preface.flatMap(chineseFigures);
  if (!chinese.length) return [];
  const withDates = chinese.some((figure) => figure.kind === 'date' || figure.kind === 'year');
  const english = sides.body.flatMap((block) => englishFigures(block, withDates));
  // The letter's dates, read only when a figure is missing, to keep a date's day from being its rival.
  let dates: Figure[] | undefined;
  const englishDates = () =>
    (dates ??= withDates
      ? english.filter((f) => f.kind === 'date')
      : sides.body.flatMap((block) => englishFigures(block).filter((f) => f.kind === 'date')));
  const answered = new Set(english.filter((en) => chinese.some((zh) => sameFigure(zh, en))));
  const reported = new Set<string>();
  const found: Finding[] = [];
  for (const figure of chinese) {
    if (english.some((en) => sameFigure(figure, en)) || reported.has(key(figure))) continue;
    reported.add(key(figure));
    const other = counterpart(figure, english, answered, englishDates);
    if (other) answered.add(other);
    const values = { figure: figure.text, excerpt: excerpt(figure.block.text, figure.offset, figure.length) };
    found.push({
      rule: 'crossLanguage.figure',
      severity: 'warning',
      side: 'preface',
      wording: other
        ? wording(messages.figureDiffers, { ...values, other: other.text })
        : wording(messages.figureMissing, values),
      location: location(figure),
      ...(other ? { related: location(other) } : {}),
    });
  }
  return found;
};

/** Names in 《》 that read as a paper's (…报, …网, …杂志): the others are articles' and books' titles. */
const PAPER = /(?:报|网|杂志|周刊|月刊|时报|日报|晚报|邮报|新闻|通讯社|新闻社)$/;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function ownNames(context: Parameters<Rule>[0]): { en: string[]; zh: string[] } {
  const { letter, options } = context;
  const en = [letter.fields.publication, options.publication?.en ?? ''].filter((n) => n.trim());
  const zh = [letter.fields.publicationZh, options.publication?.zh ?? '']
    .map(stripTitleMarks)
    .filter(Boolean);
  // The termbase may hold the paper too: its Chinese names are the paper's.
  return { en, zh: [...zh, ...termbaseNames(options, en, 'en').flatMap((entry) => entry.zh)] };
}

function termbaseNames(options: PreflightOptions, names: string[], language: 'zh' | 'en') {
  const terms = options.terms;
  if (!terms) return [];
  return names.flatMap((name) =>
    terms
      .find(name, language)
      .filter((hit) => hit.start === 0 && hit.end === name.length)
      .flatMap((hit) => terms.entry(hit.entryId) ?? []),
  );
}

/** The English names a Chinese name stands for, as the profiles and the termbase know them. */
function englishFor(named: string, options: PreflightOptions): string[] {
  return [
    ...(options.publications ?? []).filter((p) => stripTitleMarks(p.zh) === named).map((p) => p.en),
    ...termbaseNames(options, [named], 'zh').flatMap((entry) => entry.en),
  ];
}

const publicationRule: Rule = (context) => {
  const own = ownNames(context);
  if (!own.en.length) return [];
  const found: Finding[] = [];
  for (const block of context.allBlocks.preface) {
    for (const match of block.text.matchAll(/《([^》]+)》/g)) {
      const named = match[1].trim();
      if (insidePlaceholder(block, match.index, match[0].length)) continue;
      if (own.zh.includes(named)) continue;
      const english = englishFor(named, context.options);
      if (english.some((name) => own.en.some((ownName) => same(name, ownName)))) continue;
      // Another known paper, or one that reads as a paper while the letter's has a Chinese name.
      if (!english.length && !(PAPER.test(named) && own.zh.length)) continue;
      found.push(publicationFinding(block, match, named, own.en[0]));
    }
  }
  return found;
};

function publicationFinding(
  block: BlockText,
  match: RegExpExecArray,
  named: string,
  publication: string,
): Finding {
  return {
    rule: 'crossLanguage.publication',
    severity: 'warning',
    side: 'preface',
    wording: wording(messages.publicationNamed, { named, publication }),
    location: at(block, match.index, match[0].length),
  };
}

export const crossLanguageRules: Rule = (context) => [...figuresRule(context), ...publicationRule(context)];
