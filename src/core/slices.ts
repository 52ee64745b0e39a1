// Long work on the editor's thread, done in slices of a few milliseconds so that the thread
// answers other events in between (the extension host is shared by every extension). Work is
// written as a generator that yields after each small step; the runner decides by the clock,
// not by a count, when to let other events in, so slices stay short on a slow machine too.

/** How long a slice may run before other events get their turn. */
export const SLICE_MS = 8;

/** Runs `steps` to the end, yielding the thread whenever a slice has used `budgetMs`. */
export async function runInSlices<T>(steps: Generator<void, T>, budgetMs = SLICE_MS): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Runs `steps` to the end at once (where nothing else waits: tests, the CLI). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the events waiting on the thread run. */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
