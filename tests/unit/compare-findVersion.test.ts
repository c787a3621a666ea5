import { describe, expect, it } from 'vitest';
import { versionSummary } from '../helpers/versionSummary';
import { lastApproved, lastSent } from '../../core/history/findVersion';

const version = versionSummary;

describe('finding the version a compare starts from', () => {
  // Newest first, as the history lists them.
  const created = version('created');
  const prefaceApproved = version('approval', 'approved', 'draft', { side: 'preface' });
  const exported = version('handout', 'approved', 'draft', {
    handout: { action: 'docx', variant: 'bilingual' },
  });
  const bodyApproved = version('approval', 'approved', 'approved', { side: 'body' });
  const editedPreface = version('edited', 'draft', 'approved');
  const copied = version('handout', 'draft', 'approved', { handout: { action: 'copy', format: 'text' } });
  const editedBody = version('edited', 'draft', 'draft');
  const history = [editedBody, copied, editedPreface, bodyApproved, exported, prefaceApproved, created];

  it('lastApproved finds the newest approval of the side', () => {
    expect(lastApproved(history, 'preface')).toBe(prefaceApproved);
    expect(lastApproved(history, 'body')).toBe(bodyApproved);
    expect(lastApproved(history)).toBe(bodyApproved);
    expect(lastApproved([exported, prefaceApproved, created], 'body')).toBeUndefined();
    expect(lastApproved([created])).toBeUndefined();
  });

  it('lastSent finds the newest handout of any kind', () => {
    expect(lastSent(history)).toBe(copied);
    expect(lastSent([editedPreface, bodyApproved, exported, created])).toBe(exported);
    expect(lastSent([created])).toBeUndefined();
    expect(lastSent([])).toBeUndefined();
  });
});
