import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../core/log/sending';
import { formOutcome, outcomeForm } from '../../renderer/src/log/outcomeForm';
import { profileFor } from '../../renderer/src/log/profileFor';
import { isoFromLocalInput, localInputTime } from '../../renderer/src/log/sendingTime';
import { blankPublication } from '../../core/publication';

describe('the outcome dialog’s form', () => {
  const outcomes: Outcome[] = [
    { kind: 'awaiting' },
    {
      kind: 'published',
      date: '2026-11-20',
      headline: 'China answers',
      url: 'https://example.org/a',
      extent: 'part',
      publishedText: 'One.\n\nTwo.',
    },
    { kind: 'rejected', date: '2026-11-21', note: 'Too long' },
    { kind: 'noReply', note: 'Two weeks passed' },
    { kind: 'withdrawn', date: '2026-11-22', note: '' },
  ];

  it('gives back each stored outcome unchanged', () => {
    for (const outcome of outcomes) expect(formOutcome(outcomeForm(outcome))).toEqual(outcome);
  });

  it('keeps only the kind’s own answers, trimmed, when the kind is switched', () => {
    const form = { ...outcomeForm(outcomes[1]!), kind: 'rejected' as const, note: '  Cut for space ' };
    expect(formOutcome(form)).toEqual({ kind: 'rejected', date: '2026-11-20', note: 'Cut for space' });
    expect(formOutcome({ ...form, kind: 'awaiting' })).toEqual({ kind: 'awaiting' });
  });
});

describe('the time a letter was sent', () => {
  it('round-trips through a datetime-local value to the minute', () => {
    const when = new Date(2026, 10, 30, 9, 5, 42);
    expect(localInputTime(when)).toBe('2026-11-30T09:05');
    expect(isoFromLocalInput(localInputTime(when))).toBe(new Date(2026, 10, 30, 9, 5).toISOString());
  });

  it('refuses what is not a time', () => {
    expect(isoFromLocalInput('')).toBeNull();
    expect(isoFromLocalInput('30/11/2026 09:05')).toBeNull();
  });
});

describe('the profile a sending goes to', () => {
  const euobserver = { ...blankPublication('euobserver'), nameEn: 'EUobserver', nameZh: '欧盟观察网' };
  it('is found by either name, whatever the case and spacing of the English one', () => {
    expect(profileFor([euobserver], ' euobserver ')?.id).toBe('euobserver');
    expect(profileFor([euobserver], '欧盟观察网')?.id).toBe('euobserver');
    expect(profileFor([euobserver], 'Politico')).toBeNull();
    expect(profileFor([euobserver], '')).toBeNull();
  });
});
