/**
 * A changed block's pieces with the compare's parts laid over them. The
 * compare works on text only, so formats come from the versions' pieces:
 * kept and inserted text is cut from the newer version's pieces (keeping
 * their format and link); deleted text, which the newer version lacks, takes
 * the format of the newer text just before it (or after it, at the start),
 * without its link, so a reviewer sees it where and as it stood.
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

/**
 * `parts` must be the compare of this block: its kept and inserted parts join
 * to the pieces' text. Text the parts do not cover stays as it is, unmarked.
 */
export function markedPieces(pieces: readonly InlinePiece[], parts: readonly DiffPart[]): MarkedPieces {
  const out: MarkedPieces = { pieces: [], changes: [] };
  const add = (piece: InlinePiece, change: Change) => {
    out.pieces.push(piece);
    out.changes.push(change);
  };
  let index = 0; // the newer piece being cut
  let offset = 0; // how much of it is already taken
  let lastTaken: InlinePiece | undefined;
  let overrun = 0; // text of the last part already taken with a whole tab or break
  for (const part of parts) {
    if (part.change === 'deleted') {
      const format = formatOf(lastTaken ?? pieces[index]);
      for (const piece of textPieces(part.text, format)) add(piece, 'deleted');
      continue;
    }
    let left = part.text.length - overrun;
    while (left > 0 && index < pieces.length) {
      const piece = pieces[index];
      const available = piece.text.length - offset;
      // A tab or break is not cut: it goes whole with the part it starts in.
      const take = piece.kind === 'text' ? Math.min(left, available) : available;
      if (take > 0) {
        add(
          piece.kind === 'text' ? { ...piece, text: piece.text.slice(offset, offset + take) } : piece,
          part.change,
        );
        lastTaken = piece;
      }
      left -= take;
      offset += take;
      if (offset >= piece.text.length) {
        index++;
        offset = 0;
      }
    }
    overrun = Math.max(0, -left);
  }
  // Never reached when the parts match the pieces; kept so no text is lost if they do not.
  for (; index < pieces.length; index++, offset = 0) {
    const piece = pieces[index];
    add(piece.kind === 'text' ? { ...piece, text: piece.text.slice(offset) } : piece, 'same');
  }
  return out;
}
