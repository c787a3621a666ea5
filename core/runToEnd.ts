/**
 * A pausing task (a generator that yields whenever it may be paused, so a
 * server can serve others meanwhile: electron/services/yieldToEventLoop.ts
 * runInSlices) run without pauses, for callers with nothing else to serve.
 */
export function runToEnd<T>(task: Generator<void, T, void>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}
