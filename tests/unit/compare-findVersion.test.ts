import { describe, expect, it } from 'vitest';
import { lastApproved, lastSent } from '../../core/history/findVersion';
import type { VersionSummary } from '../../core/history/version';
import type { ApprovalStatus } from '../../core/letter';

let n = 0;
function version(
  kind: VersionSummary['kind'],
  preface: ApprovalStatus = 'draft',
  body: ApprovalStatus = 'draft',
  extra: Partial<VersionSummary> = {},
): VersionSummary {
  n++;
  return {
    id: `20261130T0900000${String(n).padStart(2, '0')}-0000000${n % 10}`,
    letterId: 'l1',
    createdAt: '2026-11-30T09:00:00.000Z',
    kind,
    author: 'Li Wei',
    letterRevision: n,
    digest: String(n),
    title: 'Letter',
    counts: { preface: 0, body: 0 },
    approval: { preface, body },
    status: 'draft',
    ...extra,
  };
}

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
