import { strict as assert } from 'node:assert';
import { runInSlices, runToEnd } from '../../src/core/slices';

/** A job of `steps` steps of about 2 ms of busy work each, counting the steps done. */
function* busyJob(steps: number, done: { count: number }): Generator<void, string> {
  for (let i = 0; i < steps; i++) {
    const until = performance.now() + 2;
    while (performance.now() < until) { /* busy, as analysis is */ }
    done.count++;
    yield;
  }
  return 'finished';
}

describe('work in slices', () => {
  it('lets other events run while a long job goes on, and gives its result', async () => {
    const done = { count: 0 };
    const seenAt: number[] = [];
    const ticking = setInterval(() => seenAt.push(done.count), 1);
    try {
      assert.equal(await runInSlices(busyJob(60, done), 8), 'finished');
    } finally {
      clearInterval(ticking);
    }
    // About 120 ms of work: the timer ran between slices, several times before the end.
    assert.ok(seenAt.filter((count) => count > 0 && count < 60).length >= 3, `timer ran at steps ${seenAt.join(',')}`);
  });

  it('runs a job to the end at once when nothing else waits', () => {
    const done = { count: 0 };
    assert.equal(runToEnd(busyJob(3, done)), 'finished');
    assert.equal(done.count, 3);
  });
});
