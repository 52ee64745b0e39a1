import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { analyzeFile } from '../../src/core/analyzeFile';
import { AnalysisPool, CancelledError, MAX_BATCH_FILES } from '../../src/node/workerPool';

const ARTICLES = [
  ['a.txt', '“The ferry will run again in May,” harbour master Jonas Brandt said on Friday.'],
  ['b.txt', 'Officials at Saltmarsh Port Authority said the ferry would not run before June.'],
  ['c.txt', 'Jonas Brandt told reporters the timetable was set.\n“We are ready,” Brandt said.'],
] as const;

describe('AnalysisPool', function () {
  this.timeout(60000);
  let folder: string;
  let workerScript: string;

  before(() => {
    // The pool runs the bundled worker, as in dist/; bundle it the same way for the test.
    folder = mkdtempSync(path.join(os.tmpdir(), 'corpus-lens-pool-'));
    workerScript = path.join(folder, 'worker.js');
    buildSync({ entryPoints: ['src/node/analysisWorker.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'warning' });
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const workers of [0, 2]) {
    it(`gives the same analyses as analysing in process (${workers} workers)`, async () => {
      const pool = new AnalysisPool({ workers, workerScript });
      try {
        const results = await Promise.all(ARTICLES.map(([file, text]) => pool.analyze(file, text)));
        // Analyses are plain JSON data (a worker's come back packed; undefined fields are not kept).
        const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
        assert.deepEqual(plain(results), plain(ARTICLES.map(([file, text]) => analyzeFile(file, text))));
        assert.ok(results[0].mentions.length > 0);
      } finally {
        await pool.close();
      }
    });
  }

  it('analyses files queued behind a busy worker in batches, with the same results', async () => {
    // Two files go to the one worker at once; the ten queued behind them leave in batches.
    const pool = new AnalysisPool({ workers: 1, workerScript });
    try {
      const many = Array.from({ length: 12 }, (_, i) => [`${i}.txt`, ARTICLES[i % ARTICLES.length][1]] as const);
      const results = await Promise.all(many.map(([file, text]) => pool.analyze(file, text)));
      const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
      assert.deepEqual(plain(results), plain(many.map(([file, text]) => analyzeFile(file, text))));
    } finally {
      await pool.close();
    }
  });

  it('sends files queued together in batches, each a share of the queue', async () => {
    const pool = new AnalysisPool({ workers: 1, workerScript });
    try {
      const sent = Array.from({ length: 8 }, (_, i) => pool.analyze(`${i}.txt`, ARTICLES[i % ARTICLES.length][1]));
      assert.equal(pool.pending, 8, 'nothing leaves while files are being queued');
      await Promise.resolve();
      // The worker's two batches in flight: half the queue (4), then half of what is left (2).
      assert.equal(pool.pending, 2);
      assert.deepEqual((await Promise.all(sent)).map((a) => a.file), ['0.txt', '1.txt', '2.txt', '3.txt', '4.txt', '5.txt', '6.txt', '7.txt']);
    } finally {
      await pool.close();
    }
  });

  it('asks for enough files to fill its batches, fewer when they are long', async () => {
    const pool = new AnalysisPool({ workers: 1, workerScript });
    const sent: Array<Promise<unknown>> = [];
    try {
      // Before any file: one for each of the two batches a worker has in flight.
      assert.equal(pool.capacity, 2);
      sent.push(pool.analyze('short.txt', ARTICLES[0][1]));
      assert.equal(pool.capacity, 2 * MAX_BATCH_FILES, 'short articles: two full batches');
      for (const name of ['long-1.txt', 'long-2.txt', 'long-3.txt']) sent.push(pool.analyze(name, 'Words said here. '.repeat(40_000)));
      assert.equal(pool.capacity, 2, 'texts of hundreds of thousands of characters: one a batch');
    } finally {
      // Listened to before close rejects them, so no rejection goes unhandled for a moment.
      const settled = Promise.allSettled(sent);
      await pool.close();
      await settled;
    }
  });

  // The real worker, dying instead of answering a batch holding crash.txt: by an uncaught
  // exception, whose error reaches the pool apart from the results sent before it, or by exiting.
  const deaths = [
    ['an uncaught exception', "throw new Error('worker killed')", /worker killed/],
    ['exiting', 'process.exit(3)', /worker stopped/],
  ] as const;
  for (const [death, statement, reason] of deaths) {
    it(`fails only the file that kills its worker (${death}), and analyses the rest on a fresh one`, async () => {
      const crashing = path.join(folder, 'crashing-worker.js');
      writeFileSync(crashing, `const { parentPort } = require('node:worker_threads');
const on = parentPort.on.bind(parentPort);
parentPort.on = (event, listener) => on(event, (request) => {
  if (request.files.some((f) => f.file === 'crash.txt')) ${statement};
  listener(request);
});
require('./worker.js');
`);
      const pool = new AnalysisPool({ workers: 1, workerScript: crashing });
      try {
        // Queued together, they leave as a, b, c (half the queue) and crash, d (half the rest) with
        // e waiting, so crash.txt takes d.txt's batch down with it: d.txt is retried alone.
        const names = ['a.txt', 'b.txt', 'c.txt', 'crash.txt', 'd.txt', 'e.txt'];
        const results = await Promise.allSettled(names.map((file, i) => pool.analyze(file, ARTICLES[i % ARTICLES.length][1])));
        assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
        assert.deepEqual(results.flatMap((r) => r.status === 'fulfilled' ? [r.value.file] : []), ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
        assert.match(String((results[3] as PromiseRejectedResult).reason), reason);
      } finally {
        await pool.close();
      }
    });
  }

  it('drops queued files when their signal is aborted, and finishes the rest', async () => {
    const pool = new AnalysisPool({ workers: 1, workerScript });
    try {
      const controller = new AbortController();
      // The worker takes two batches at a time, here of one file each; the third and fourth,
      // queued once it has them, wait in the queue.
      const sent = [pool.analyze('a.txt', ARTICLES[0][1]), pool.analyze('b.txt', ARTICLES[1][1])];
      await Promise.resolve();
      const cancelled = pool.analyze('c.txt', ARTICLES[2][1], [], controller.signal);
      const last = pool.analyze('d.txt', ARTICLES[2][1]);
      assert.equal(pool.pending, 2);
      controller.abort();
      await assert.rejects(cancelled, CancelledError);
      assert.equal(pool.pending, 1);
      assert.deepEqual((await Promise.all(sent)).map((a) => a.file), ['a.txt', 'b.txt']);
      assert.equal((await last).file, 'd.txt');
    } finally {
      await pool.close();
    }
  });

  it('rejects a file whose signal is already aborted, and files sent after close', async () => {
    const pool = new AnalysisPool({ workers: 0 });
    await assert.rejects(pool.analyze('a.txt', 'x', [], AbortSignal.abort()), CancelledError);
    await pool.close();
    await assert.rejects(pool.analyze('a.txt', 'x'), /closed/);
  });
});
