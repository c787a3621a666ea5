/**
 * When the editor's term card shows (renderer/src/editor/plugins/TermHighlight/termCardState.ts), the
 * rules of WCAG 2.1 SC 1.4.13 one by one: the mouse may leave the term for the card within the grace
 * delay; Escape dismisses until the mouse or caret leaves that term; the latest of mouse and caret wins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CARD_GRACE_MS,
  TermCardState,
  type CardShown,
} from '../../renderer/src/editor/plugins/TermHighlight/termCardState';

const A = { id: 'a' };
const B = { id: 'b' };
type Term = typeof A;

let state: TermCardState<Term>;
let shown: CardShown<Term> | null;
const seen = () => (shown ? `${shown.term.id} by ${shown.by}` : 'none');

beforeEach(() => {
  vi.useFakeTimers();
  shown = null;
  state = new TermCardState<Term>(
    (next) => (shown = next),
    (x, y) => x.id === y.id,
  );
});
afterEach(() => {
  state.dispose();
  vi.useRealTimers();
});

describe('the term card', () => {
  it('waits for the mouse to reach it, and stays while the mouse is on it', () => {
    state.pointerAt(A);
    expect(seen()).toBe('a by pointer');
    state.pointerAway(); // off the term, towards the card
    vi.advanceTimersByTime(CARD_GRACE_MS - 50);
    state.pointerOnCard(true);
    vi.advanceTimersByTime(10 * CARD_GRACE_MS);
    expect(seen()).toBe('a by pointer');
    state.pointerOnCard(false);
    expect(seen()).toBe('a by pointer');
    vi.advanceTimersByTime(CARD_GRACE_MS);
    expect(seen()).toBe('none');
  });

  it('closes when the mouse leaves the term and never reaches the card', () => {
    state.pointerAt(A);
    state.pointerAt(null);
    vi.advanceTimersByTime(CARD_GRACE_MS);
    expect(seen()).toBe('none');
  });

  it('goes to another term at once', () => {
    state.pointerAt(A);
    state.pointerAt(B);
    expect(seen()).toBe('b by pointer');
  });

  it('is dismissed until the mouse leaves that term', () => {
    state.pointerAt(A);
    expect(state.dismiss()).toBe(true);
    expect(seen()).toBe('none');
    expect(state.dismiss()).toBe(false); // nothing shown: Escape is left to others
    state.pointerAt(A);
    expect(seen()).toBe('none');
    state.pointerAt(null);
    state.pointerAt(A);
    expect(seen()).toBe('a by pointer');
  });

  it('shows for the caret, dismissed until the caret leaves the term, and after an edit keeps the dismissal', () => {
    state.caretAt(A);
    expect(seen()).toBe('a by caret');
    state.dismiss();
    state.caretAt(A);
    expect(seen()).toBe('none');
    state.invalidate(); // the text changed; the caret is read again after it
    state.caretAt(A);
    expect(seen()).toBe('none');
    state.caretAt(null);
    state.caretAt(A);
    expect(seen()).toBe('a by caret');
  });

  it('shows the latest of the mouse and the caret, and the other when that one leaves', () => {
    state.caretAt(A);
    state.pointerAt(B);
    expect(seen()).toBe('b by pointer');
    state.pointerAt(null);
    vi.advanceTimersByTime(CARD_GRACE_MS);
    expect(seen()).toBe('a by caret');
    state.pointerAt(B);
    state.caretAt(null);
    state.caretAt(A);
    expect(seen()).toBe('a by caret');
  });

  it('keeps the caret’s card while the mouse is on it, even when the editor loses the caret', () => {
    state.caretAt(A);
    state.pointerOnCard(true);
    state.caretAt(null); // a click on the card to select its text
    expect(seen()).toBe('a by pointer');
    state.pointerOnCard(false);
    vi.advanceTimersByTime(CARD_GRACE_MS);
    expect(seen()).toBe('none');
  });

  it('goes when the text changes under it', () => {
    state.pointerAt(A);
    state.invalidate();
    expect(seen()).toBe('none');
  });
});
