/**
 * When a pane's term card shows, and for which term: WCAG 2.1 SC 1.4.13
 * (Content on Hover or Focus) as a small state machine, apart from the DOM so
 * its rules can be read (and tested) in one place.
 *
 * Two things can point at a term: the mouse (hovering it) and the caret
 * (a collapsed selection inside it, the keyboard's way). The card shows the
 * term of whichever moved onto a term last, or the other's when that one has
 * left its term.
 *
 * - Hoverable: leaving the term starts a grace period (`graceMs`) instead of
 *   closing; reaching the card in it (or being on it) keeps the card, which
 *   stays while the mouse is on it. Leaving both closes it after the delay.
 * - Dismissible: `dismiss()` (Escape) hides the card; the terms it showed stay
 *   dismissed until the mouse or caret that pointed at them leaves them, so
 *   moving within the term does not bring it back.
 * - Persistent: nothing closes it on a timer while the mouse or caret is on
 *   the term or the card; `invalidate()` closes it when the text changed
 *   under it.
 */

export type CardSource = 'pointer' | 'caret';

export interface CardShown<T> {
  term: T;
  by: CardSource;
}

/** How long the card waits for the mouse after it leaves the term (ms): time enough to reach the card. */
export const CARD_GRACE_MS = 300;

export class TermCardState<T> {
  private pointer: T | null = null;
  private caret: T | null = null;
  /** Which of the two moved onto its term last: that one's card wins. */
  private latest: CardSource = 'pointer';
  private onCard = false;
  private dismissed: T[] = [];
  private leaving: ReturnType<typeof setTimeout> | undefined;
  private current: CardShown<T> | null = null;

  constructor(
    private readonly onChange: (shown: CardShown<T> | null) => void,
    /** Whether two values are the same term (terms are rebuilt after each edit, so not by identity). */
    private readonly same: (a: T, b: T) => boolean,
    private readonly graceMs = CARD_GRACE_MS,
  ) {}

  /** The mouse moved over the editor: onto a term, or onto text that is none. */
  pointerAt(term: T | null): void {
    if (!term) return this.pointerAway();
    this.cancelLeaving();
    if (!this.pointer || !this.same(this.pointer, term)) this.latest = 'pointer';
    this.pointer = term;
    this.publish(true);
  }

  /** The mouse left the editor (onto the card, or elsewhere). */
  pointerAway(): void {
    if (!this.onCard) this.leave();
  }

  /** The mouse entered or left the card itself. */
  pointerOnCard(on: boolean): void {
    this.onCard = on;
    if (on) {
      this.cancelLeaving();
      // A card the caret showed is now hovered too: it stays while the mouse is on it, even if the
      // editor loses its caret (a click on the card to select its text).
      if (!this.pointer && this.current) this.pointer = this.current.term;
    } else this.leave();
  }

  /** The caret moved: into a term, or anywhere else (`null`, also when the editor loses focus). */
  caretAt(term: T | null): void {
    if (term && (!this.caret || !this.same(this.caret, term))) this.latest = 'caret';
    this.caret = term;
    this.publish(true);
  }

  /** Escape: hides the card. False when none was shown, so the key goes on to whatever else it does. */
  dismiss(): boolean {
    if (!this.current) return false;
    for (const term of [this.pointer, this.caret]) if (term) this.dismissed.push(term);
    this.publish(false);
    return true;
  }

  /**
   * The text changed, or another card took the page: what the card said may no longer hold, so it goes
   * until the mouse or caret points at a term again. Dismissals are kept: the caret still in the term
   * it was dismissed for, read again after the edit, does not bring the card back.
   */
  invalidate(): void {
    this.cancelLeaving();
    this.pointer = null;
    this.caret = null;
    this.onCard = false;
    this.publish(false);
  }

  dispose(): void {
    this.cancelLeaving();
  }

  /** The mouse left its term (or the card): the card it shows waits for it a moment; any other use ends now. */
  private leave(): void {
    if (!this.pointer) return;
    this.cancelLeaving();
    const gone = () => {
      this.leaving = undefined;
      this.pointer = null;
      this.publish(true);
    };
    // Nothing to reach when the mouse's term is dismissed or the card is the caret's.
    if (this.current?.by !== 'pointer') gone();
    else this.leaving = setTimeout(gone, this.graceMs);
  }

  private cancelLeaving(): void {
    clearTimeout(this.leaving);
    this.leaving = undefined;
  }

  /** `prune`: forget dismissals of terms neither the mouse nor the caret is on any more. */
  private publish(prune: boolean): void {
    const isOn = (term: T) => [this.pointer, this.caret].some((at) => at && this.same(at, term));
    if (prune) this.dismissed = this.dismissed.filter(isOn);
    const open = (term: T | null) => term && !this.dismissed.some((gone) => this.same(gone, term));
    const order: CardSource[] = this.latest === 'pointer' ? ['pointer', 'caret'] : ['caret', 'pointer'];
    let next: CardShown<T> | null = null;
    for (const by of order) {
      const term = by === 'pointer' ? this.pointer : this.caret;
      if (term && open(term)) {
        next = { term, by };
        break;
      }
    }
    const now = this.current;
    if (now === next || (now && next && now.by === next.by && now.term === next.term)) return;
    this.current = next;
    // A card taken off the page sends no mouseleave: the mouse is on the text again.
    if (!next) this.onCard = false;
    this.onChange(next);
  }
}
