// Web entry of the `articlean` package (browsers, extensions, bundlers, workers): the module loads with
// `await init()` (the default export), or `initSync({ module })` with compiled or raw wasm bytes.
// Every function checks its arguments first (js/edge.js).
import initGlue, * as glue from '../pkg/articlean.js';
import { harden } from './edge.js';

let loaded = false;

/** Loads the WebAssembly module once; later calls return the same instance. With no argument the module
 *  is fetched from beside pkg/articlean.js, which bundlers rewrite to their own asset address. */
export default async function init(moduleOrPath) {
  const output = await initGlue(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
  loaded = true;
  return output;
}

/** Loads the module from a `WebAssembly.Module` or its bytes, synchronously. */
export function initSync(module) {
  const output = glue.initSync({ module });
  loaded = true;
  return output;
}

export const { clean, cleanBytes, isProbablyReaderable } = harden(glue, () => loaded);
