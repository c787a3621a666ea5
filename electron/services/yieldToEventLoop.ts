/**
 * Lets requests that arrived meanwhile run before a long task goes on: the
 * server answers from one thread, so a step that never yields holds every
 * other request back. setImmediate runs after pending I/O, unlike a resolved
 * promise, which would run before it.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
