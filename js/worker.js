// Worker entry of the `articlean` package for browsers, extension pages and bundlers
// (`import { createCleaner } from 'articlean/worker'`): cleaning runs in a Web Worker, so a huge or
// hostile page never blocks the page's own thread, and a time limit can stop it for good.
//
//   const cleaner = createCleaner({ timeoutMs: 10_000 });
//   const article = await cleaner.clean(html, { url });             // a string → clean()
//   const other = await cleaner.clean(bytes, null, { contentType }); // bytes → cleanBytes()
//
// Bytes are transferred to the worker, not copied: after `clean(bytes)` returns, the caller's
// ArrayBuffer is detached (byteLength 0); pass a copy (`new Uint8Array(bytes)`) to keep them. Only a view over part of
// its buffer, or over a SharedArrayBuffer, is copied first (and then the caller's buffer is left as it
// was). `call` is `{ timeoutMs, contentType }`: this call's time limit, overriding the cleaner's
// (`Infinity`: none), and the Content-Type naming the bytes' encoding. A time limit counts from when the
// worker starts the call, so waiting behind earlier calls or for the module to load never counts.
//
// Errors (the promise rejects with an Error whose `name` says which):
//   InvalidInput, InvalidOptions, InputTooLarge   checked here, before anything is posted, by the rules
//                 of js/edge.js (plus: settings with unknown keys, bytes already transferred)
//   InvalidOptions (an unknown option or value), TooManyNodes, WorkLimit, UnsupportedEncoding,
//   InternalError thrown by the module in the worker, re-created here with the same name and message
//   Timeout       this call ran past its time limit; the worker was terminated
//   Terminated    the worker was stopped before this call ran or finished: `terminate()` was called,
//                 or an earlier call timed out (the input of this call is not to blame: retry it)
//   WorkerFailed  the worker could not start (no Worker here, as in an extension's service worker, which
//                 should call `clean` from js/web.js directly), could not load the module, or crashed
// After a timeout, `terminate()` or a failure, the next call starts a fresh worker.
import { createCleanerWith } from './worker-shared.js';

export function createCleaner(settings = {}) {
  return createCleanerWith((events) => {
    // Keep this expression literal: `new Worker(new URL('…', import.meta.url), { type: 'module' })` is
    // the pattern Vite and webpack 5 recognise to bundle the worker script as its own chunk.
    const worker = new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => events.message(event.data));
    worker.addEventListener('messageerror', () => events.failed('a message from the worker could not be read'));
    worker.addEventListener('error', (event) => {
      // A module that fails to load fires a plain Event with no message.
      events.failed(event.message || 'the worker script failed to load or threw');
    });
    return {
      post: (message, transfer) => worker.postMessage(message, transfer),
      terminate: () => worker.terminate(),
    };
  }, settings);
}
