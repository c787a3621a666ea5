/**
 * The page builds new settings, approvals, letters and publications without zod
 * (core/schemas is main-process only); these must be exactly what the schemas
 * would make, or a fresh value would change the first time it is saved.
 */
import { describe, expect, it } from 'vitest';
import { draftApproval, newBlankLetter } from '../../core/letter';
import { blankPublication } from '../../core/publication';
import { approvalSchema, parseLetter } from '../../core/schemas/letter';
import { publicationSchema } from '../../core/schemas/publication';
import { appSettingsSchema } from '../../core/schemas/settings';
import { defaultSettings } from '../../core/settings';

describe('defaults built without the schemas', () => {
  it('settings', () => {
    expect(defaultSettings()).toEqual(appSettingsSchema.parse({}));
    // A damaged part falls back to the same defaults.
    expect(appSettingsSchema.parse({ houseStyle: 7, letterhead: 'x' })).toEqual(defaultSettings());
  });

  it('approval', () => {
    expect(draftApproval()).toEqual(approvalSchema.parse({}));
  });

  it('a new letter', () => {
    const letter = newBlankLetter({ id: 'a1', now: new Date('2026-11-25T09:00:00Z') });
    expect(parseLetter(letter)).toEqual(letter);
  });

  it('a new publication', () => {
    expect(blankPublication('new')).toEqual({
      ...publicationSchema.parse({ id: 'new', nameEn: 'x' }),
      nameEn: '',
    });
  });
});
