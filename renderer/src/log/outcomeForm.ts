/**
 * The outcome dialog's answers as typed, and the stored Outcome they make.
 * One flat form for every kind, so switching kind keeps what was typed.
 */
import type { Outcome, OutcomeKind, PublishedExtent } from '../../../core/log/sending';
import { localDay } from './sendingTime';

export interface OutcomeForm {
  kind: OutcomeKind;
  date: string;
  headline: string;
  url: string;
  extent: PublishedExtent;
  publishedText: string;
  note: string;
}

export function outcomeForm(outcome: Outcome): OutcomeForm {
  const form: OutcomeForm = {
    kind: outcome.kind,
    date: localDay(),
    headline: '',
    url: '',
    extent: 'full',
    publishedText: '',
    note: '',
  };
  if (outcome.kind === 'published') return { ...form, ...outcome };
  if (outcome.kind === 'rejected' || outcome.kind === 'withdrawn') return { ...form, ...outcome };
  if (outcome.kind === 'noReply') return { ...form, note: outcome.note };
  return form;
}

export function formOutcome(form: OutcomeForm): Outcome {
  switch (form.kind) {
    case 'awaiting':
      return { kind: 'awaiting' };
    case 'published':
      return {
        kind: 'published',
        date: form.date,
        headline: form.headline.trim(),
        url: form.url.trim(),
        extent: form.extent,
        publishedText: form.publishedText.trim(),
      };
    case 'rejected':
    case 'withdrawn':
      return { kind: form.kind, date: form.date, note: form.note.trim() };
    case 'noReply':
      return { kind: 'noReply', note: form.note.trim() };
  }
}
