/**
 * The short Chinese note for the home website and headquarters, drafted when
 * a letter is published, from a template the office can change in Settings
 * (`log.noteTemplateZh`). Placeholders in braces; one the template names but
 * this code does not know is left as written, so a typo shows in the draft.
 */
import type { Sending } from './sending';

export const DEFAULT_NOTE_TEMPLATE_ZH =
  '《{publicationZh}》于{date}刊登我馆{signatory}署名来信，题为“{headline}”。';

export const NOTE_TEMPLATE_MAX = 2000;

/** The placeholders a note template may use. */
export const NOTE_PLACEHOLDERS = [
  'publicationZh',
  'publication',
  'date',
  'signatory',
  'headline',
  'url',
  'title',
] as const;
export type NotePlaceholder = (typeof NOTE_PLACEHOLDERS)[number];

/** A day as Chinese writes it: 2026年5月3日. */
export function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/**
 * The note for a published sending; '' for any other outcome (nothing to
 * report yet). `signatory`: the name the letter was signed with, in Chinese
 * when the profile has it. A paper without a Chinese name goes by its English one.
 */
export function draftNoteZh(template: string, sending: Sending, signatory: string): string {
  const { outcome } = sending;
  if (outcome.kind !== 'published') return '';
  const values: Record<NotePlaceholder, string> = {
    publicationZh: sending.publicationZh || sending.publication,
    publication: sending.publication,
    date: chineseDate(outcome.date),
    signatory,
    headline: outcome.headline,
    url: outcome.url,
    title: sending.title,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as NotePlaceholder] : whole,
  );
}
