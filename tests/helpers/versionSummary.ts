/** Version summaries for tests of the history's pure helpers: only what a test names differs. */
import type { VersionKind, VersionSummary } from '../../core/history/version';
import type { ApprovalStatus } from '../../core/letter';

let n = 0;

/** A version of letter "l1" with the given kind and approval; ids grow with each call, as time does. */
export function versionSummary(
  kind: VersionKind,
  preface: ApprovalStatus = 'draft',
  body: ApprovalStatus = 'draft',
  extra: Partial<VersionSummary> = {},
): VersionSummary {
  n += 1;
  return {
    id: `20261130T09${String(n).padStart(7, '0')}-${String(n).padStart(8, '0')}`,
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
