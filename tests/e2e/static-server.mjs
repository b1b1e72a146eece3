// A static server for a built site on 127.0.0.1, for the tests and for scripts/serve.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

const cache = new Map();
function compressed(file, body, encoding) {
  // By content: a republished file often keeps its length (hashes in it change, not their size).
  const key = `${encoding}:${file}:${createHash('sha256').update(body).digest('hex')}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br'
      // Quality 11 as hosts precompress; above 1 MB (pages of thousands of claims) it would
      // take the server longer than a browser waits, so the quality hosts compress with on the fly.
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: body.length > 1 << 20 ? 5 : 11 } })
      : gzipSync(body, { level: 9 }));
  }
  return cache.get(key);
}

/**
 * Serves `dir` on 127.0.0.1. `routes` maps extra paths to { type, body } (pages of a host site).
 * Returns { url, origin, port, close(), requests } where requests lists every path asked for.
 */
export async function serve(dir, { port = 0, routes = {} } = {}) {
  let root = dir;
  const requests = [];
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (routes[path]) {
      res.writeHead(200, { 'content-type': routes[path].type || 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(routes[path].body);
      return;
    }
    if (!root) { res.writeHead(404); res.end('not found'); return; }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      // Public static files, as GitHub Pages serves them: a frame sandboxed without
      // allow-same-origin has an opaque origin and loads the explorer's modules with CORS.
      const headers = {
        'content-type': TYPES[extname(file)] || 'application/octet-stream',
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
        vary: 'accept-encoding',
      };
      // Compressed as static hosts compress, so local measurements match what readers get.
      const accepts = String(req.headers['accept-encoding'] || '');
      if (!/\.(png)$/.test(file) && /\bbr\b/.test(accepts)) {
        body = compressed(file, body, 'br');
        headers['content-encoding'] = 'br';
      } else if (!/\.(png)$/.test(file) && /\bgzip\b/.test(accepts)) {
        body = compressed(file, body, 'gzip');
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const actual = server.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    url: `http://127.0.0.1:${actual}/`,
    requests,
    /** Serves another directory from now on: a new deploy on the same origin. */
    setDir: (next) => { root = next; },
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

