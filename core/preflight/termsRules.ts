/**
 * The termbase checks (docs/technical/termbase.md, "Checks"):
 * - a forbidden English variant in the letter is an error, with the approved
 *   term offered as a one-click replacement;
 * - a Chinese term in the preface whose approved English (any of them) the
 *   letter never uses is a hint: the preface is a summary, so it may be meant;
 * - a person or a place (domain person/place) the preface names and the letter
 *   does not is a warning of its own, worded as a missing name.
 * Only preface → letter warns: the letter says more than its short preface.
 */
import { defineMessages, wording } from '../i18n/wording';
import type { TermEntry, TermHit } from '../terms/termEntry';
import { insidePlaceholder, type BlockText } from './blockText';
import { at, type Finding, type Rule } from './context';
import type { TermMatcher } from '../terms/termMatcher';

const messages = defineMessages({
  forbidden: {
    id: 'preflight.terms.forbidden',
    defaultMessage: '“{variant}” is not the office’s term: write “{approved}”.',
  },
  missingEnglish: {
    id: 'preflight.terms.missingEnglish',
    defaultMessage:
      'The preface mentions {zh}; the letter does not say “{en}”. The preface is a summary, so this may be intended.',
  },
  missingName: {
    id: 'preflight.terms.missingName',
    defaultMessage: 'The preface names {zh}; the letter does not mention “{en}”.',
  },
});

interface Found {
  block: BlockText;
  hit: TermHit;
}

function hits(blocks: BlockText[], terms: TermMatcher, language: 'zh' | 'en'): Found[] {
  return blocks.flatMap((block) =>
    terms
      .find(block.text, language)
      // A placeholder's value (the paper's name, an article title) is typed in a field, not here.
      .filter((hit) => !insidePlaceholder(block, hit.start, hit.end - hit.start))
      .map((hit) => ({ block, hit })),
  );
}

/** At a sentence's start the approved term takes a capital ("one China policy" → "One China policy"). */
export function approvedAsWritten(approved: string, text: string, start: number): string {
  const before = text.slice(0, start);
  const sentenceStart = /^\s*$|[.!?]["”’)]?\s+$/.test(before);
  return sentenceStart ? approved.charAt(0).toUpperCase() + approved.slice(1) : approved;
}

function forbiddenVariant({ block, hit }: Found, entry: TermEntry): Finding {
  const approved = approvedAsWritten(entry.en[0], block.text, hit.start);
  return {
    rule: 'terms.forbidden',
    severity: 'error',
    side: 'body',
    wording: wording(messages.forbidden, { variant: hit.text, approved }),
    location: at(block, hit.start, hit.end - hit.start),
    replacement: { text: approved, original: hit.text },
  };
}

const NAMES = new Set<TermEntry['domain']>(['person', 'place']);

export const termsRules: Rule = (context) => {
  const terms = context.options.terms;
  if (!terms) return [];
  const sides = context.allBlocks;
  const english = hits(sides.body, terms, 'en');
  const found: Finding[] = [];
  if (context.sides.body) {
    for (const item of english) {
      const entry = terms.entry(item.hit.entryId);
      if (item.hit.kind === 'forbidden' && entry?.en.length) found.push(forbiddenVariant(item, entry));
    }
  }
  // Any English form of an entry answers its Chinese term; a forbidden one is already an error above.
  const answered = new Set(english.map(({ hit }) => hit.entryId));
  const reported = new Set<string>();
  for (const { block, hit } of hits(sides.preface, terms, 'zh')) {
    const entry = terms.entry(hit.entryId);
    if (!entry?.en.length || answered.has(hit.entryId) || reported.has(hit.entryId)) continue;
    reported.add(hit.entryId);
    const name = NAMES.has(entry.domain);
    found.push({
      rule: name ? 'terms.missing-name' : 'terms.missing-english',
      severity: 'warning',
      side: 'preface',
      wording: wording(name ? messages.missingName : messages.missingEnglish, {
        zh: hit.text,
        en: entry.en[0],
      }),
      location: at(block, hit.start, hit.end - hit.start),
    });
  }
  return found;
};
