// Types of the Worker entry `articlean/worker` (js/worker.js in browsers, extension pages and bundlers;
// js/worker-node.js in Node, on worker_threads). The data types are those of the main entry.
import type { Article, CleanOptions, CleanErrorCode, EdgeErrorCode } from './index.js';

export type { Article, CleanOptions } from './index.js';

/** The codes only the Worker entry throws:
 *  "Timeout" (this call ran past its time limit; its worker was terminated),
 *  "Terminated" (the worker was stopped before this call ran or finished: `terminate()` was called, or an
 *  earlier call timed out; the input of this call is not to blame, so retrying it is fine),
 *  "WorkerFailed" (the worker could not start — there is no `Worker` in a service worker, where `clean`
 *  from the main entry is called directly —, could not load the WebAssembly module, or crashed). */
export type WorkerErrorCode = "Timeout" | "Terminated" | "WorkerFailed";

/** What a cleaner's promise rejects with: an `Error` whose `name` is one of the codes. Arguments are
 *  checked before anything is posted ("InvalidInput", "InvalidOptions", "InputTooLarge"); the module's
 *  own errors ("TooManyNodes", "WorkLimit", "UnsupportedEncoding", "InternalError", ...) are re-created
 *  on the calling side with the same name and message. */
export interface WorkerCleanError extends Error {
  name: CleanErrorCode | EdgeErrorCode | WorkerErrorCode;
}

export interface CleanerSettings {
  /** Default time limit of every call, in milliseconds (a positive number; `Infinity` or not given: no
   *  limit). It counts from the moment the worker starts the call: waiting behind earlier calls and
   *  loading the module do not count. Past it the worker is terminated and the call rejects with
   *  "Timeout". */
  timeoutMs?: number | null;
  /** Where the worker fetches `articlean_bg.wasm` (browsers only; Node loads the package's own file).
   *  Default: beside pkg/articlean.js, or wherever a bundler put the asset. */
  wasm?: string | URL | null;
}

export interface CallSettings {
  /** This call's time limit in milliseconds, overriding the cleaner's; `Infinity`: no limit. */
  timeoutMs?: number | null;
  /** The HTTP `Content-Type` of bytes (its charset names their encoding); not used for a string. */
  contentType?: string | null;
}

export interface Cleaner {
  /** Cleans a page in the worker: a string as `clean` does, bytes as `cleanBytes` does. Calls run one at
   *  a time, in the order they were made. Bytes are transferred, not copied: the caller's ArrayBuffer is
   *  detached (byteLength 0) once this returns, unless the view covers only part of its buffer or the
   *  buffer is a SharedArrayBuffer, in which case those bytes are copied. Bytes whose buffer is already
   *  detached (passed to an earlier call) are refused with "InvalidInput". Rejects with a
   *  `WorkerCleanError`. */
  clean(
    input: string | Uint8Array | ArrayBuffer | ArrayBufferView,
    options?: CleanOptions | null,
    call?: CallSettings | null,
  ): Promise<Article>;
  /** Stops the worker now and rejects every pending call with "Terminated". The cleaner stays usable:
   *  the next call starts a fresh worker. */
  terminate(): void;
}

/** Makes a cleaner. The worker starts on the first call, and again after a timeout, `terminate()` or a
 *  failure. Throws "InvalidInput" for settings of the wrong type or with an unknown key (a misspelt
 *  `timeoutMs` must not silently mean "no limit"); a call's settings are checked the same way. */
export function createCleaner(settings?: CleanerSettings): Cleaner;
