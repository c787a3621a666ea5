import { describe, expect, it } from 'vitest';
import { versionSummary } from '../helpers/versionSummary';
import type { VersionKind } from '../../core/history/version';
import type { ApprovalStatus } from '../../core/letter';
import type { Side } from '../../core/sides';
import { lastApproved } from '../../core/history/findVersion';

const version = (kind: VersionKind, preface: ApprovalStatus, body: ApprovalStatus, side?: Side) =>
  versionSummary(kind, preface, body, side ? { side } : {});

describe('lastApproved: where changes since approval start', () => {
  it('starts at the approval itself when the approved side stayed approved through later edits', () => {
    const approval = version('approval', 'approved', 'draft', 'preface');
    // Newest first: an English edit and an export after the approval, the preface still approved (stale).
    const history = [
      version('handout', 'approved', 'draft'),
      version('edited', 'approved', 'draft'),
      approval,
      version('created', 'draft', 'draft'),
    ];
    expect(lastApproved(history, 'preface')).toBe(approval);
    expect(lastApproved(history)).toBe(approval);
  });

  it('finds the approval of the side asked for, not the other', () => {
    const preface = version('approval', 'approved', 'draft', 'preface');
    const history = [version('approval', 'approved', 'reviewed', 'body'), preface];
    expect(lastApproved(history, 'preface')).toBe(preface);
    expect(lastApproved(history, 'body')).toBeUndefined();
  });

  it('counts an approval of both sides at once, and falls back to any version reading approved', () => {
    const both = version('approval', 'approved', 'approved');
    expect(lastApproved([both], 'body')).toBe(both);
    const named = version('named', 'draft', 'approved');
    expect(lastApproved([named], 'body')).toBe(named);
    expect(lastApproved([version('edited', 'draft', 'draft')])).toBeUndefined();
  });
});
