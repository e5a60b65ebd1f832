// The checks every export makes before the WebAssembly module sees its arguments. wasm-bindgen's glue
// trusts its TypeScript types: from plain JavaScript, `clean(123)` reads out of the module's memory and
// traps, and `clean(null)` fails inside the glue with an unrelated TypeError. Here a wrong argument
// throws an `Error` named `InvalidInput` that says what was expected, and the module is never called.
//
// `harden(glue, isReady)` wraps the three functions of pkg/articlean.js; the web, Node and Worker entries
// all export what it returns, so the checks exist once.

/** Largest input the module accepts when `limits.maxInputBytes` is not given (the core's default). */
const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Options are a few flat settings and one `limits` object; anything deeper is not options. */
const MAX_OPTIONS_DEPTH = 3;

export function namedError(name, message) {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** How a wrong value is named in an error message ("a number", "an array", "null"). */
export function describe(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  if (typeof value === 'string') return `a string of ${value.length} characters`;
  return `${typeof value === 'undefined' ? '' : 'a '}${typeof value}`;
}

function invalidInput(what, expected, value) {
  return namedError('InvalidInput', `${what} must be ${expected}, got ${describe(value)}`);
}

/** An object literal (or `Object.create(null)`): not an array, Map, Date or class instance. */
export function isPlainObject(value) {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Options: undefined, null or a plain object of plain data (strings, numbers, booleans, null and
 *  nested plain objects), so the module never walks a cycle, a getter that throws, or a class. */
function checkOptions(options) {
  if (options === undefined || options === null) return;
  if (!isPlainObject(options)) throw invalidInput('options', 'a plain object, null or undefined', options);
  const pending = [[options, 1, 'options']];
  while (pending.length) {
    const [object, depth, path] = pending.pop();
    let keys;
    try {
      keys = Object.keys(object);
    } catch (e) {
      throw namedError('InvalidOptions', `${path} cannot be read: ${e?.message ?? e}`);
    }
    for (const key of keys) {
      let value;
      try {
        value = object[key];
      } catch (e) {
        throw namedError('InvalidOptions', `${path}.${key} cannot be read: ${e?.message ?? e}`);
      }
      const kind = typeof value;
      if (value === null || kind === 'undefined' || kind === 'string' || kind === 'boolean') continue;
      if (kind === 'number') {
        if (!Number.isFinite(value)) throw namedError('InvalidOptions', `${path}.${key} must be a finite number, got ${value}`);
        continue;
      }
      if (isPlainObject(value) && depth < MAX_OPTIONS_DEPTH) {
        pending.push([value, depth + 1, `${path}.${key}`]);
        continue;
      }
      throw namedError('InvalidOptions', `${path}.${key} must be a string, number, boolean, null or a settings object, got ${describe(value)}`);
    }
  }
}

/** The input limit the module will apply, read without trusting the options' shape (checked next). */
function maxInputBytes(options) {
  const limit = options?.limits?.maxInputBytes;
  return typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 ? limit : DEFAULT_MAX_INPUT_BYTES;
}

function tooLarge(size, limit, unit) {
  return namedError('InputTooLarge', `input is at least ${size} bytes (${unit}), over the limit of ${limit}`);
}

/** A string's UTF-8 form is never shorter than its UTF-16 length, so a string longer than the limit is
 *  refused here, before it is copied into the module's memory (where a 500 MB string would not fit). */
function checkHtml(html, options) {
  if (typeof html !== 'string') throw invalidInput('html', 'a string', html);
  const limit = maxInputBytes(options);
  if (html.length > limit) throw tooLarge(html.length, limit, `${html.length} UTF-16 code units`);
}

/** Bytes: a Uint8Array, an ArrayBuffer, or any other typed-array view (read as its bytes). */
function toBytes(bytes, options) {
  let view;
  if (bytes instanceof Uint8Array) view = bytes;
  else if (bytes instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && bytes instanceof SharedArrayBuffer)) view = new Uint8Array(bytes);
  else if (ArrayBuffer.isView(bytes)) view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  else throw invalidInput('bytes', 'a Uint8Array or an ArrayBuffer', bytes);
  const limit = maxInputBytes(options);
  if (view.byteLength > limit) throw tooLarge(view.byteLength, limit, 'bytes');
  return view;
}

function checkContentType(contentType) {
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
    throw invalidInput('contentType', 'a string, null or undefined', contentType);
  }
}

/** A trap inside the module is a bug of ours, never the caller's: report it by name. */
function call(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && e.name && e.name !== 'Error' && !(e instanceof WebAssembly.RuntimeError)) throw e;
    throw namedError('InternalError', `articlean failed inside the WebAssembly module: ${e?.message ?? e}`);
  }
}

export function harden(glue, isReady) {
  function ready() {
    if (!isReady()) {
      throw namedError('NotInitialized', 'the WebAssembly module is not loaded yet: `await init()` (the default export) first');
    }
  }
  return {
    clean(html, options) {
      checkHtml(html, options);
      checkOptions(options);
      ready();
      return call(() => glue.clean(html, options));
    },
    cleanBytes(bytes, options, contentType) {
      const view = toBytes(bytes, options);
      checkOptions(options);
      checkContentType(contentType);
      ready();
      return call(() => glue.cleanBytes(view, options, contentType));
    },
    isProbablyReaderable(html) {
      checkHtml(html, undefined);
      ready();
      return call(() => glue.isProbablyReaderable(html));
    },
  };
}
