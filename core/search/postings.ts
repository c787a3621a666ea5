/**
 * A growable list of document numbers, in the order they were added (which is
 * ascending: numbers are never reused). Four bytes a posting, where a plain
 * array of numbers costs eight: at 10,000 letters the index holds millions.
 */
export class Postings {
  private data = new Uint32Array(4);
  length = 0;

  push(doc: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = doc;
  }

  /** Keeps only the documents `keep` accepts, in place. */
  retain(keep: (doc: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) if (keep(this.data[i])) this.data[kept++] = this.data[i];
    this.length = kept;
    if (this.data.length > 16 && kept < this.data.length / 4) this.data = this.data.slice(0, kept * 2);
  }

  addTo(set: Set<number>): void {
    for (let i = 0; i < this.length; i++) set.add(this.data[i]);
  }
}
