// Static server for the demo page (www/), bound to 127.0.0.1 only. Maps /pkg/ to the built package, /js/
// to the package's JS entries (js/web.js imports '../pkg/articlean.js', which lands on /pkg/ again) and
// /sample.html to the seed fixture page, so nothing is copied. Serves .wasm as application/wasm, which
// WebAssembly.instantiateStreaming requires.
//   node scripts/serve.mjs [--port N]      (PORT env also works; 0 picks a free port)
// Prints `serving http://127.0.0.1:PORT/` once listening (the e2e tests read that line).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SAMPLE = ['tests/fixtures/seed-afp-kim-letter/source.html', 'www/sample-fallback.html'];
/** URL prefix → folder of the repository served under it; everything else comes from www/. */
const MOUNTS = [['/pkg/', 'pkg'], ['/js/', 'js']];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};

const argPort = process.argv.indexOf('--port');
const port = Number(argPort > 0 ? process.argv[argPort + 1] : process.env.PORT ?? 8080);

/** URL path → file under one of the served folders, or null (never outside them). */
async function resolveFile(pathname) {
  if (pathname === '/sample.html') {
    for (const candidate of SAMPLE) {
      const file = join(root, candidate);
      if (await stat(file).then((s) => s.isFile(), () => false)) return file;
    }
    return null;
  }
  const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
  const [base, rest] = mount ? [mount[1], pathname.slice(mount[0].length)] : ['www', pathname.slice(1)];
  const dir = join(root, base);
  const file = normalize(join(dir, rest || 'index.html'));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return join(file, 'index.html');
  return info?.isFile() ? file : null;
}

const server = createServer(async (req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  const file = await resolveFile(pathname);
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(file ? 405 : 404, { 'content-type': 'text/plain' }).end(file ? 'method not allowed' : 'not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving http://127.0.0.1:${server.address().port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
