import { describe, expect, it } from 'vitest';
import { applyEdit, setApprovalStatus, STALE_PREFACE_NOTE } from '../../core/approval';
import { type Approval } from '../../core/letter';
import { approvalSchema } from '../../core/schemas/letter';

const approval = (changes: Partial<Approval> = {}): Approval => approvalSchema.parse(changes);

describe('approval of each side', () => {
  it('leaves a draft side alone when it is edited', () => {
    const start = approval();
    expect(applyEdit(start, 'body')).toBe(start);
    expect(applyEdit(start, 'preface')).toBe(start);
  });

  it('sends an approved or reviewed side back to draft with a note saying why', () => {
    expect(applyEdit(approval({ body: 'approved' }), 'body')).toMatchObject({
      body: 'draft',
      note: 'The English letter changed after approval; it is back to Draft.',
    });
    expect(applyEdit(approval({ preface: 'reviewed' }), 'preface')).toMatchObject({
      preface: 'draft',
      note: 'The Chinese preface changed after review; it is back to Draft.',
    });
  });

  it('marks an approved preface stale when the English letter changes, without un-approving it', () => {
    const next = applyEdit(approval({ preface: 'approved', body: 'approved' }), 'body');
    expect(next).toMatchObject({ preface: 'approved', body: 'draft', prefaceStale: true });
    // Further English edits change nothing more.
    expect(applyEdit(next, 'body')).toBe(next);
    expect(STALE_PREFACE_NOTE).toBe('The preface may be out of date with the English letter.');
  });

  it('does not mark a preface that was never approved as stale', () => {
    expect(applyEdit(approval({ preface: 'reviewed' }), 'body').prefaceStale).toBe(false);
  });

  it('clears the stale flag when the preface is edited or approved again', () => {
    const stale = approval({ preface: 'approved', prefaceStale: true });
    expect(applyEdit(stale, 'preface')).toMatchObject({ preface: 'draft', prefaceStale: false });
    expect(setApprovalStatus(stale, 'preface', 'approved')).toMatchObject({ prefaceStale: false, note: '' });
    // Reviewing the English letter does not speak for the preface.
    expect(setApprovalStatus(stale, 'body', 'approved').prefaceStale).toBe(true);
  });
});
