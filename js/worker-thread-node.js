// The body of the `worker_threads` Worker that js/worker-node.js starts: js/node.js loads the module
// at import, then this answers the messages of js/worker-shared.js, one call at a time.
import { parentPort } from 'node:worker_threads';
import { clean, cleanBytes } from './node.js';
import { serveCleaner } from './worker-shared.js';

const handle = serveCleaner(() => ({ clean, cleanBytes }), (message) => parentPort.postMessage(message));

parentPort.on('message', handle);
