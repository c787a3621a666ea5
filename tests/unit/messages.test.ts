import { describe, expect, it } from 'vitest';
import { formatMessage, MESSAGES, type MessageId } from '../../core/messages';

describe('messages with numbers (ICU plurals)', () => {
  it('says one, none and many the way English does, never by gluing on an "s"', () => {
    const imported = (templates: number, signatories: number, publications: number) =>
      formatMessage('imported', { templates, signatories, publications, fileName: 'shared.json' });
    expect(imported(1, 0, 0)).toBe(
      'Imported 1 template, 0 signatories and 0 publications from “shared.json”.',
    );
    expect(imported(2, 1, 1)).toBe('Imported 2 templates, 1 signatory and 1 publication from “shared.json”.');
    expect(formatMessage('words', { count: 1 })).toBe('1 word');
    expect(formatMessage('words', { count: 12_345 })).toBe('12,345 words');
    expect(formatMessage('preflightSummary', { errors: 1, warnings: 0 })).toBe('1 error, 0 warnings');
    expect(formatMessage('trashEmptied', { count: 1 })).toBe('Deleted 1 letter permanently.');
    expect(formatMessage('trashConfirm', { count: 3 })).toBe(
      '3 letters will be deleted permanently. This cannot be undone.',
    );
  });

  it('has a singular and a plural for every message, each with its number', () => {
    for (const id of Object.keys(MESSAGES) as MessageId[]) {
      const values = { count: 1, errors: 1, warnings: 1, templates: 1, signatories: 1, publications: 1 };
      const one = formatMessage(id, { ...values, fileName: 'f', path: 'p' });
      const many = formatMessage(id, {
        ...Object.fromEntries(Object.keys(values).map((key) => [key, 7])),
        fileName: 'f',
        path: 'p',
      });
      expect(one, id).not.toBe(many);
      expect(many, id).not.toMatch(/\b1\b/);
    }
  });
});
