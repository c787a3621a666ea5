/**
 * A changed block's pieces with the compare's parts laid over them. The
 * compare works on text only, so formats come from the versions' own pieces:
 * kept and inserted text is cut from the newer version's pieces, deleted text
 * from the older version's (format, link and placeholder as they were). When
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
    add(newerCut.take(text.length), change);
    if (change === 'same') olderCut?.take(text.length);
  }
  // Never reached when the parts match the pieces; kept so no text is lost if they do not.
  add(newerCut.rest(), 'same');
  return out;
}
