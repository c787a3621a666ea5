import { performance } from 'node:perf_hooks';

/**
 * Lets requests that arrived meanwhile run before a long task goes on: the
 * server answers from one thread, so a step that never yields holds every
 * other request back. setImmediate runs after pending I/O, unlike a resolved
 * promise, which would run before it.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How long a task may hold the thread before it lets others run. */
const SLICE_MS = 10;

/** Runs a task written as a generator, letting other requests run whenever it has held the thread for SLICE_MS. */
export async function runInSlices<T>(task: Generator<void, T, void>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
}
