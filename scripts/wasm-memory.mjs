// Linear memory of the built wasm module around one clean() call, for scripts/memory-report.py.
// Linear memory never shrinks, so its size after the call is the module's peak for that page.
// usage: node scripts/wasm-memory.mjs PAGE.html   (prints one JSON line)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, clean } from '../pkg/articlean.js';

const wasmPath = fileURLToPath(new URL('../pkg/articlean_bg.wasm', import.meta.url));
const exports = initSync({ module: readFileSync(wasmPath) });
const page = readFileSync(process.argv[2]);
const before = exports.memory.buffer.byteLength;
clean(page.toString('utf8'));
const after = exports.memory.buffer.byteLength;
console.log(JSON.stringify({ bytes: page.length, before, after }));
