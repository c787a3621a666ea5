/**
 * Runs tasks one at a time per key, in the order they were asked for; tasks
 * for different keys run side by side. A read-modify-write of one letter
 * (save, rename, trash…) can then never interleave with another of the same
 * letter in this process: the second reads what the first wrote.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    // A failed task must not stop the ones queued after it: the tail never rejects.
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the key once its queue is empty, so the map does not grow with every letter ever touched.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
