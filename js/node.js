// Node entry of the `articlean` package: loads the WebAssembly module synchronously at import, so
// `import { clean } from 'articlean'` needs no init step. Browsers and bundlers get pkg/articlean.js
// instead (see package.json "exports"), which exports an async `init` to call once.
import { readFileSync } from 'node:fs';
import { initSync } from '../pkg/articlean.js';

initSync({ module: readFileSync(new URL('../pkg/articlean_bg.wasm', import.meta.url)) });

export { clean, cleanBytes } from '../pkg/articlean.js';
