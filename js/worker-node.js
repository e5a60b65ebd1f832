// Worker entry of the `articlean` package in Node (`import { createCleaner } from 'articlean/worker'`):
// the same API as js/worker.js, on a `worker_threads` Worker running js/worker-thread-node.js. Bytes are
// transferred (the caller's ArrayBuffer is detached afterwards), errors keep their names, and a call past
// its time limit terminates the thread and rejects with `Timeout`; see js/worker.js for every error.
// The `wasm` setting is ignored here: the thread loads the module from the package's own file.
// An idle cleaner does not keep the process alive (its thread is unref'd between calls).
import { Worker } from 'node:worker_threads';
import { createCleanerWith } from './worker-shared.js';

export function createCleaner(settings = {}) {
  return createCleanerWith((events) => {
    const worker = new Worker(new URL('./worker-thread-node.js', import.meta.url));
    worker.on('message', (data) => events.message(data));
    worker.on('messageerror', () => events.failed('a message from the worker could not be read'));
    worker.on('error', (error) => events.failed(error?.message ?? String(error)));
    // Our own terminate() also ends in 'exit', but by then the session is dead and ignores it.
    worker.on('exit', (code) => events.failed(`the worker thread exited (code ${code})`));
    worker.unref();
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => {
        worker.terminate();
      },
      busy: (isBusy) => (isBusy ? worker.ref() : worker.unref()),
    };
  }, settings);
}
