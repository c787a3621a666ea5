/**
 * A changed block's pieces with the compare's parts laid over them. The
 * compare works on text only, so formats come from the versions' own pieces:
 * kept and inserted text is cut from the newer version's pieces, deleted text
 * from the older version's (format, link and placeholder as they were); kept
 * text whose format or link changed is deleted in its old look and inserted
 * in its new. When
 * the older pieces are not known, deleted text takes the format of the newer
 * text just before it (or after it, at the start), without a link.
 */
import type { Change, DiffPart } from '../../compare/comparison';
import type { InlinePiece } from '../../document/blocks';
import { textPieces } from '../../document/readBlocks';

export interface MarkedPieces {
  pieces: InlinePiece[];
  /** The change of each piece, index for index. */
  changes: Change[];
}

const formatOf = (piece: InlinePiece | undefined) => (piece && piece.kind !== 'break' ? piece.format : 0);

/** Cuts a run of pieces into consecutive lengths of text, in order. */
function cutter(pieces: readonly InlinePiece[]) {
  let index = 0; // the piece being cut
  let offset = 0; // how much of it is already taken
  let overrun = 0; // text of the next length already taken with a whole tab or break
  let last: InlinePiece | undefined;
  return {
    /** The next `length` characters' pieces. A tab or break is not cut: it goes whole with the length it starts in. */
    take(length: number): InlinePiece[] {
      const out: InlinePiece[] = [];
      let left = length - overrun;
      while (left > 0 && index < pieces.length) {
        const piece = pieces[index];
        const available = piece.text.length - offset;
        const take = piece.kind === 'text' ? Math.min(left, available) : available;
        if (take > 0) {
          out.push(
            piece.kind === 'text' ? { ...piece, text: piece.text.slice(offset, offset + take) } : piece,
          );
          last = piece;
        }
        left -= take;
        offset += take;
        if (offset >= piece.text.length) {
          index++;
          offset = 0;
        }
      }
      overrun = Math.max(0, -left);
      return out;
    },
    /** What is left uncut (nothing, when the lengths add up to the pieces' text). */
    rest(): InlinePiece[] {
      const out = pieces
        .slice(index)
        .map((piece, i) =>
          i === 0 && piece.kind === 'text' ? { ...piece, text: piece.text.slice(offset) } : piece,
        );
      index = pieces.length;
      return out;
    },
    /** The piece last cut from, else the next one. */
    near: (): InlinePiece | undefined => last ?? pieces[index],
  };
}

/** How a piece looks: kind, format and link; its text aside. */
const look = (piece: InlinePiece) =>
  `${piece.kind}|${piece.kind === 'break' ? '' : piece.format}|${piece.link?.url ?? ''}`;

/** The look of each stretch of text, neighbours of one look joined, so where pieces are cut does not matter. */
function looks(pieces: readonly InlinePiece[]): string[] {
  const out: string[] = [];
  let last = '';
  let length = 0;
  for (const piece of pieces) {
    const key = look(piece);
    if (key === last && piece.kind === 'text') length += piece.text.length;
    else {
      if (length) out.push(`${last}:${length}`);
      last = key;
      length = piece.text.length;
    }
  }
  if (length) out.push(`${last}:${length}`);
  return out;
}

/** True when the pieces hold their (same) text with the same formats and links. */
export function sameLook(a: readonly InlinePiece[], b: readonly InlinePiece[]): boolean {
  const x = looks(a);
  const y = looks(b);
  return x.length === y.length && x.every((key, i) => key === y[i]);
}

/** Where each piece ends, counted in text from the start of the run. */
function pieceEnds(pieces: readonly InlinePiece[]): number[] {
  let at = 0;
  return pieces.map((piece) => (at += piece.text.length));
}

/**
 * Kept text with a new look (bold added, a link taken off), cut where either
 * version's pieces are cut: each stretch whose look changed is the older run
 * deleted and the newer inserted (Word then gives the older look back on
 * reject), the rest stays as it is.
 */
function lookChanges(
  was: readonly InlinePiece[],
  kept: readonly InlinePiece[],
  add: (pieces: readonly InlinePiece[], change: Change) => void,
): void {
  const ends = [...new Set([...pieceEnds(was), ...pieceEnds(kept)])].sort((a, b) => a - b);
  const older = cutter(was);
  const newer = cutter(kept);
  let at = 0;
  for (const end of ends) {
    const before = older.take(end - at);
    const after = newer.take(end - at);
    at = end;
    if (sameLook(before, after)) add(after, 'same');
    else {
      add(before, 'deleted');
      add(after, 'inserted');
    }
  }
  add(older.rest(), 'deleted');
  add(newer.rest(), 'inserted');
}

/**
 * `parts` must be the compare of this block: its kept and inserted parts join
 * to the newer pieces' text, its kept and deleted parts to the older pieces'.
 * Newer text the parts do not cover stays as it is, unmarked.
 */
export function markedPieces(
  newer: readonly InlinePiece[],
  parts: readonly DiffPart[],
  older?: readonly InlinePiece[],
): MarkedPieces {
  const out: MarkedPieces = { pieces: [], changes: [] };
  const add = (pieces: readonly InlinePiece[], change: Change) => {
    for (const piece of pieces) {
      out.pieces.push(piece);
      out.changes.push(change);
    }
  };
  const newerCut = cutter(newer);
  const olderCut = older ? cutter(older) : null;
  for (const { text, change } of parts) {
    if (change === 'deleted') {
      add(olderCut ? olderCut.take(text.length) : textPieces(text, formatOf(newerCut.near())), 'deleted');
      continue;
    }
    const kept = newerCut.take(text.length);
    const was = change === 'same' ? olderCut?.take(text.length) : undefined;
    if (was && !sameLook(was, kept)) lookChanges(was, kept, add);
    else add(kept, change);
  }
  // Never reached when the parts match the pieces; kept so no text is lost if they do not.
  add(newerCut.rest(), 'same');
  return out;
}
