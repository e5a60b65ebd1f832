// Node entry of the `articlean` package: loads the WebAssembly module synchronously at import, so
// `import { clean } from 'articlean'` needs no init step. It exports the same names as the web entry
// (js/web.js); here `init` and `initSync` have nothing left to do.
import { readFileSync } from 'node:fs';
import * as glue from '../pkg/articlean.js';
import { harden } from './edge.js';

const output = glue.initSync({ module: readFileSync(new URL('../pkg/articlean_bg.wasm', import.meta.url)) });

/** The module is already loaded; kept so code written for the web entry runs unchanged. */
export default async function init() {
  return output;
}

export function initSync() {
  return output;
}

export const { clean, cleanBytes, isProbablyReaderable } = harden(glue, () => true);
