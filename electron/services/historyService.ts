/**
 * FOUNDATION SKELETON (issue 12): the history of each letter. Replaced by the
 * real service; every method refuses until then.
 */
import type { LetterComparison } from '../../core/compare/comparison';
import type { Handout, VersionedLetter, VersionList, VersionSummary } from '../../core/history/version';
import type { Letter } from '../../core/letter';

export class HistoryService {
  list(_letterId: string): Promise<VersionList> {
    return Promise.reject(new Error('not yet'));
  }
  get(_letterId: string, _versionId: string): Promise<VersionedLetter> {
    return Promise.reject(new Error('not yet'));
  }
  compare(_letterId: string, _from: string, _to: string | null): Promise<LetterComparison> {
    return Promise.reject(new Error('not yet'));
  }
  saveVersion(_letterId: string, _name: string): Promise<VersionSummary> {
    return Promise.reject(new Error('not yet'));
  }
  restore(_letterId: string, _versionId: string, _revision: number): Promise<Letter> {
    return Promise.reject(new Error('not yet'));
  }
  recordHandout(_letterId: string, _handout: Handout): Promise<VersionSummary> {
    return Promise.reject(new Error('not yet'));
  }
}
