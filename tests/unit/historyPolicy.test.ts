import { describe, expect, it } from 'vitest';
import { applyEdit, setApprovalStatus } from '../../core/approval';
import { paragraphNode, textNode, editorDoc } from '../../core/editorDoc';
import { newBlankLetter, type Letter } from '../../core/letter';
import {
  editDue,
  EDIT_VERSION_INTERVAL_MS,
  eventsOfSave,
  keepsVersion,
} from '../../core/history/versionPolicy';
import { isVersionId, nextVersionTime, versionId, versionIdTime } from '../../core/history/versionId';

const letter = (): Letter => ({
  ...newBlankLetter({ id: 'l1', now: new Date('2026-11-30T08:00:00Z') }),
  revision: 1,
});
const withBody = (base: Letter, text: string): Letter => ({
  ...base,
  body: editorDoc([paragraphNode([textNode(text)])]),
});

describe('the version-keeping policy', () => {
  it('sees an approval change, with the side, as an event', () => {
    const before = letter();
    const after = { ...before, approval: setApprovalStatus(before.approval, 'preface', 'approved') };
    expect(eventsOfSave(before, after)).toEqual([{ kind: 'approval', side: 'preface' }]);
    const both = {
      ...after,
      approval: setApprovalStatus(
        setApprovalStatus(before.approval, 'preface', 'reviewed'),
        'body',
        'approved',
      ),
    };
    expect(eventsOfSave(before, both)).toEqual([{ kind: 'approval' }]);
  });

  it('does not see a side dropping back to draft because its text was edited as an approval', () => {
    const approved = { ...letter(), approval: setApprovalStatus(letter().approval, 'body', 'approved') };
    const edited = { ...withBody(approved, 'changed'), approval: applyEdit(approved.approval, 'body') };
    expect(edited.approval.body).toBe('draft');
    expect(eventsOfSave(approved, edited)).toEqual([]);
    // Set back to draft by hand, text unchanged: a decision, kept.
    const byHand = { ...approved, approval: setApprovalStatus(approved.approval, 'body', 'draft') };
    expect(eventsOfSave(approved, byHand)).toEqual([{ kind: 'approval', side: 'body' }]);
  });

  it('sees draft ↔ final as a status event, and typing as none', () => {
    const before = letter();
    expect(eventsOfSave(before, { ...before, status: 'final' })).toEqual([{ kind: 'status' }]);
    expect(eventsOfSave(before, withBody(before, 'typing'))).toEqual([]);
  });

  it('coalesces a day of typing (a save every 2 s for 8 h) into at most ~50 edited versions', () => {
    const start = Date.parse('2026-11-30T08:00:00Z');
    let latest = { digest: 'd0', createdAt: new Date(start).toISOString() };
    let kept = 0;
    for (let second = 2; second <= 8 * 3600; second += 2) {
      const now = new Date(start + second * 1000);
      const digest = `d${second}`;
      if (editDue(latest, () => digest, now)) {
        kept += 1;
        latest = { digest, createdAt: now.toISOString() };
      }
    }
    expect(kept).toBe((8 * 3600 * 1000) / EDIT_VERSION_INTERVAL_MS);
    expect(kept).toBeLessThanOrEqual(50);
  });

  it('keeps no edited version of unchanged content however old the latest, and de-duplicates created/edited only', () => {
    const latest = { digest: 'same', createdAt: '2026-01-01T00:00:00.000Z' };
    expect(editDue(latest, () => 'same', new Date('2026-11-30T00:00:00Z'))).toBe(false);
    expect(editDue(null, () => 'x', new Date())).toBe(true);
    expect(keepsVersion('edited', latest, 'same')).toBe(false);
    expect(keepsVersion('created', latest, 'same')).toBe(false);
    for (const kind of ['approval', 'status', 'handout', 'named', 'beforeRestore', 'restored'] as const) {
      expect(keepsVersion(kind, latest, 'same')).toBe(true);
    }
  });
});

describe('version ids', () => {
  it('sort by time, round-trip their time and never go backwards', () => {
    const at = new Date('2026-11-30T07:43:56.123Z');
    const id = versionId(at, '0a1b2c3d');
    expect(id).toBe('20261130T074356123-0a1b2c3d');
    expect(isVersionId(id)).toBe(true);
    expect(versionIdTime(id).toISOString()).toBe(at.toISOString());
    expect(versionId(new Date('2026-12-01T00:00:00Z'), '00000000') > id).toBe(true);
    // The same millisecond, or a clock set back: a millisecond after the latest.
    expect(nextVersionTime(at, id).getTime()).toBe(at.getTime() + 1);
    expect(nextVersionTime(new Date('2020-01-01T00:00:00Z'), id).getTime()).toBe(at.getTime() + 1);
    expect(nextVersionTime(new Date('2027-01-01T00:00:00Z'), id).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });
});
