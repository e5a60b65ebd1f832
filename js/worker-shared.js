// What the Worker entries share: the message protocol between the calling side and the worker, the
// argument checks, the queue and the time limit. js/worker.js (browsers) and js/worker-node.js (Node
// worker_threads) only say how a worker is started; js/worker-thread.js and js/worker-thread-node.js
// only say how the module is loaded inside it.
//
// Protocol (plain structured-clone data, so both kinds of worker carry it unchanged):
//   caller → worker  { type: 'init', wasm }                       optional, first: where the .wasm is
//                    { type: 'clean', id, kind: 'html' | 'bytes', input, options, contentType }
//   worker → caller  { type: 'start', id }                        the worker begins this call now
//                    { type: 'done', id, article }
//                    { type: 'error', id, error: { name, message } }
//                    { type: 'failed', error: { name, message } }  the module could not be loaded
// The worker runs one call at a time in arrival order: `clean` is synchronous, so its event loop is the
// queue. Calls are posted at once (bytes are transferred when `clean()` is called, not later), and the
// time limit of a call starts at its `start` message, so waiting behind earlier calls and loading the
// module never count against it.
import { describe, harden, isPlainObject, namedError } from './edge.js';

/** setTimeout stores its delay in 32 bits: a larger one fires at once instead of never. */
const MAX_TIMER_MS = 2 ** 31 - 1;

// edge.js checks the clean arguments inside `harden`. Hardening stand-ins that hand
// back what they were given runs exactly the same checks on the calling side (so a wrong argument
// rejects before anything is posted) and yields the bytes as the Uint8Array view edge.js made of them.
const checked = harden({
  clean: (html) => html,
  cleanBytes: (view) => view,
  isProbablyReaderable: () => null,
}, () => true);

function isBytes(value) {
  return value instanceof ArrayBuffer || ArrayBuffer.isView(value) ||
    (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer);
}

/** Settings objects are checked for unknown keys: a misspelt `timeout` would otherwise mean no limit. */
function checkKeys(object, known, what) {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) throw namedError('InvalidInput', `${what} has no setting \`${key}\`; expected ${known.join(' or ')}`);
  }
}

/** Whether an ArrayBuffer was transferred away (by an earlier call, say). `detached` is recent (Node 22,
 *  Chrome 114); before it, only a zero-length buffer can be detached, and then no view can be made on it. */
function isDetached(buffer) {
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

/** A time limit: undefined or null means "not set here", Infinity means "no limit", else a positive
 *  number of milliseconds (capped at what a timer can hold, about 24.8 days). */
function readTimeout(value, what) {
  if (value === undefined || value === null) return undefined;
  if (value === Infinity) return Infinity;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw namedError('InvalidInput', `${what} must be a positive number of milliseconds or Infinity, got ${typeof value === 'number' ? value : describe(value)}`);
  }
  return Math.min(value, MAX_TIMER_MS);
}

/** Reads the settings of `createCleaner`; throws `InvalidInput` (a programming error, so at once). */
function readSettings(settings) {
  if (settings === undefined || settings === null) return { timeoutMs: undefined, wasm: undefined };
  if (!isPlainObject(settings)) throw namedError('InvalidInput', `settings must be a plain object, got ${describe(settings)}`);
  checkKeys(settings, ['timeoutMs', 'wasm'], 'settings');
  const { wasm } = settings;
  if (wasm !== undefined && wasm !== null && typeof wasm !== 'string' && !(typeof URL === 'function' && wasm instanceof URL)) {
    throw namedError('InvalidInput', `settings.wasm must be a URL or a string, got ${describe(wasm)}`);
  }
  // A URL object is not structured-cloneable: it crosses to the worker as its string.
  return { timeoutMs: readTimeout(settings.timeoutMs, 'settings.timeoutMs'), wasm: wasm == null ? undefined : String(wasm) };
}

/** Turns one call's arguments into the message to post and its transfer list, or throws the error
 *  edge.js would throw for them. */
function prepare(input, options, call) {
  if (call !== undefined && call !== null && !isPlainObject(call)) {
    throw namedError('InvalidInput', `the call settings must be a plain object, got ${describe(call)}`);
  }
  if (call) checkKeys(call, ['timeoutMs', 'contentType'], 'the call settings');
  const timeoutMs = readTimeout(call?.timeoutMs, 'timeoutMs');
  const contentType = call?.contentType;
  if (typeof input === 'string') {
    // contentType only names the encoding of bytes; a string is already decoded, so it is checked
    // (a wrong type is a bug worth hearing about) and then not sent.
    if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
      throw namedError('InvalidInput', `contentType must be a string, null or undefined, got ${describe(contentType)}`);
    }
    checked.clean(input, options);
    return { timeoutMs, message: { type: 'clean', kind: 'html', input, options }, transfer: [] };
  }
  if (!isBytes(input)) {
    throw namedError('InvalidInput', `input must be a string, a Uint8Array or an ArrayBuffer, got ${describe(input)}`);
  }
  const buffer = input instanceof ArrayBuffer ? input : input.buffer;
  if (buffer instanceof ArrayBuffer && isDetached(buffer)) {
    throw namedError('InvalidInput', 'the bytes\' ArrayBuffer is detached: it was transferred, perhaps to an earlier clean(), which takes the buffer it is given; pass a copy (new Uint8Array(bytes)) to keep using it');
  }
  let view = checked.cleanBytes(input, options, contentType);
  // Transferring hands the whole ArrayBuffer to the worker. When the view shows only part of it (a
  // subarray, a Node Buffer from the shared pool) that would take bytes the caller never gave us, and a
  // SharedArrayBuffer cannot be transferred at all: those bytes are copied into a buffer of their own.
  // (`new Uint8Array(view)` copies; `slice` would not on a Node Buffer, where it is `subarray`.)
  const whole = view.buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength;
  if (!whole) view = new Uint8Array(view);
  return {
    timeoutMs,
    message: { type: 'clean', kind: 'bytes', input: view, options, contentType },
    transfer: [view.buffer],
  };
}

/** An exception as data that survives postMessage (an Error's name does not, in every runtime). */
function errorData(e) {
  return {
    name: typeof e?.name === 'string' && e.name ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(e),
  };
}

/**
 * The calling side. `spawn(events)` starts one worker and returns `{ post(message, transfer),
 * terminate(), busy?(isBusy) }`; it calls `events.message(data)` for each message from the worker and
 * `events.failed(reason)` when the worker could not start or crashed.
 */
export function createCleanerWith(spawn, settings) {
  const { timeoutMs: defaultTimeout, wasm } = readSettings(settings);
  let current = null; // the session new calls go to; null until the first call, and after a timeout
  const sessions = new Set(); // every live worker: `current` plus retired ones finishing their calls
  let nextId = 1;

  function startSession() {
    const session = { pending: new Map(), worker: null, dead: false, retired: false };
    try {
      session.worker = spawn({
        message: (data) => onMessage(session, data),
        failed: (reason) => kill(session, () => namedError('WorkerFailed', `the worker failed: ${reason}`)),
      });
    } catch (e) {
      // No Worker in this context (an extension's service worker), a CSP that forbids it, ...
      throw namedError('WorkerFailed', `could not start a worker: ${e?.message ?? e}`);
    }
    if (wasm !== undefined) session.worker.post({ type: 'init', wasm }, []);
    sessions.add(session);
    return session;
  }

  /** Stops a session's worker and rejects every call still waiting on it with `errorFor(job)`. */
  function kill(session, errorFor) {
    if (session.dead) return;
    session.dead = true;
    sessions.delete(session);
    if (current === session) current = null;
    try {
      session.worker.terminate();
    } catch {
      // already gone
    }
    for (const job of session.pending.values()) {
      clearTimeout(job.timer);
      job.reject(errorFor(job));
    }
    session.pending.clear();
  }

  /** After a finished call: let an idle Node worker stop holding the process open, and end a retired
   *  worker once its last call is answered. */
  function settled(session) {
    if (session.pending.size) return;
    if (session.retired) kill(session, () => namedError('Terminated', 'the worker was retired'));
    else session.worker.busy?.(false);
  }

  function onMessage(session, data) {
    if (session.dead || data === null || typeof data !== 'object') return;
    if (data.type === 'failed') {
      kill(session, () => namedError('WorkerFailed', `the worker could not load the WebAssembly module: ${data.error?.name}: ${data.error?.message}`));
      return;
    }
    const job = session.pending.get(data.id);
    if (!job) return;
    if (data.type === 'start') {
      if (job.timeoutMs !== Infinity) {
        job.timer = setTimeout(() => {
          kill(session, (other) => other === job
            ? namedError('Timeout', `cleaning took longer than ${job.timeoutMs} ms; the worker was stopped`)
            : namedError('Terminated', `the worker was stopped because an earlier call ran past its ${job.timeoutMs} ms time limit; this call did not run`));
        }, job.timeoutMs);
      }
      return;
    }
    if (data.type !== 'done' && data.type !== 'error') return;
    clearTimeout(job.timer);
    session.pending.delete(data.id);
    if (data.type === 'done') {
      job.resolve(data.article);
    } else {
      job.reject(namedError(data.error?.name ?? 'Error', data.error?.message ?? ''));
      // A trap inside the module can leave its memory inconsistent: later calls get a fresh worker,
      // and the calls already queued on this one still finish there.
      if (data.error?.name === 'InternalError') {
        session.retired = true;
        if (current === session) current = null;
      }
    }
    settled(session);
  }

  return {
    clean(input, options, call) {
      return new Promise((resolve, reject) => {
        const { timeoutMs, message, transfer } = prepare(input, options, call);
        current ??= startSession();
        const session = current;
        const id = nextId++;
        const job = { resolve, reject, timer: undefined, timeoutMs: timeoutMs ?? defaultTimeout ?? Infinity };
        message.id = id;
        try {
          session.worker.post(message, transfer);
        } catch (e) {
          // A buffer the runtime refuses to transfer (WebAssembly memory, Node's untransferable pool):
          // send a copy instead; anything else is not ours to mend.
          if (e?.name !== 'DataCloneError' || message.kind !== 'bytes') throw e;
          message.input = new Uint8Array(message.input);
          session.worker.post(message, [message.input.buffer]);
        }
        session.pending.set(id, job);
        session.worker.busy?.(true);
      });
    },
    terminate() {
      for (const session of [...sessions]) {
        kill(session, () => namedError('Terminated', 'the cleaner was terminated before this call finished'));
      }
    },
  };
}

/**
 * The worker side. `load(wasm)` resolves to `{ clean, cleanBytes }` (called once, with the `init`
 * message's URL or undefined); `post(message)` sends a message to the caller. Returns the handler for
 * incoming messages.
 */
export function serveCleaner(load, post) {
  let api; // promise of { clean, cleanBytes }, or of null when loading failed (reported once)
  const start = (wasm) => {
    api = Promise.resolve().then(() => load(wasm)).catch((e) => {
      post({ type: 'failed', error: errorData(e) });
      return null;
    });
  };
  return async (message) => {
    if (message?.type === 'init') {
      if (!api) start(message.wasm);
      return;
    }
    if (message?.type !== 'clean') return;
    if (!api) start(undefined);
    // Every handler waits on the same promise, so calls still run in arrival order.
    const fns = await api;
    if (!fns) return;
    const { id, kind, input, options, contentType } = message;
    post({ type: 'start', id });
    let article;
    try {
      article = kind === 'bytes' ? fns.cleanBytes(input, options, contentType) : fns.clean(input, options);
    } catch (e) {
      post({ type: 'error', id, error: errorData(e) });
      return;
    }
    try {
      post({ type: 'done', id, article });
    } catch (e) {
      post({ type: 'error', id, error: { name: 'InternalError', message: `the article could not be sent back: ${errorData(e).message}` } });
    }
  };
}
