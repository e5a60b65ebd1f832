// The body of the Web Worker that js/worker.js starts: loads the module once and answers the messages
// of js/worker-shared.js, one call at a time. Without an `init` message naming the .wasm, the module is
// fetched from beside pkg/articlean.js (in a bundle: wherever the bundler put the asset).
import init, { clean, cleanBytes } from './web.js';
import { serveCleaner } from './worker-shared.js';

const handle = serveCleaner(async (wasm) => {
  await init(wasm);
  return { clean, cleanBytes };
}, (message) => self.postMessage(message));

self.addEventListener('message', (event) => handle(event.data));
