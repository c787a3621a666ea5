/**
 * What a compare of two versions of a letter gives the page: the fields that
 * changed, listed, and each side's blocks with their words marked inserted or
 * deleted. Types only; compareLetters.ts computes it (with the `diff` library).
 */
import type { HeadingLevel } from '../document/blocks';
import type { VersionSummary } from '../history/version';
import type { Side } from '../sides';

export type Change = 'same' | 'inserted' | 'deleted';

/** The letter's fields a compare lists when they differ (the message ids select on these). */
export const COMPARED_FIELDS = [
  'title',
  'publication',
  'articleTitle',
  'articleDate',
  'articleUrl',
  'date',
  'place',
  'addressee',
  'salutation',
  'closing',
  'signatory',
  'status',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: ComparedField;
  before: string;
  after: string;
}

/** A run of text in a compared block: kept, only in the newer version, or only in the older. */
export interface DiffPart {
  text: string;
  change: Change;
}

export interface DiffBlock {
  /** As core/document/blocks.ts names them, for the page to style headings and list items. */
  kind: 'paragraph' | 'heading' | 'quote' | 'listItem';
  /** Headings: their level, as the editor styles them (the preface's headline is 1). */
  level?: HeadingLevel;
  /** `inserted`/`deleted`: the whole block is new / gone; `changed`: some of its parts are. */
  change: Change | 'changed';
  parts: DiffPart[];
}

export interface SideComparison {
  blocks: DiffBlock[];
  /** Words (Chinese: as Intl.Segmenter finds them) inserted and deleted. */
  inserted: number;
  deleted: number;
}

export interface LetterComparison {
  /** The older side of the compare. */
  from: VersionSummary;
  /** The newer side; null when it is the letter as it is now. */
  to: VersionSummary | null;
  fields: FieldChange[];
  sides: Record<Side, SideComparison>;
}
