// Shared by the end-to-end tests: a static server for a built site, headless Chromium, and the
// core's own answers (the CLI's JSON export) to compare the page against.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, extname, resolve, normalize } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = resolve(process.env.DIST || join(ROOT, 'dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1. `routes` maps extra paths to { type, body } (pages of a host site).
 * Returns { url, origin, port, close(), requests } where requests lists every path asked for.
 */
export async function serve(dir, { port = 0, routes = {} } = {}) {
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
    if (!dir) { res.writeHead(404); res.end('not found'); return; }
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) { res.writeHead(403); res.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache' });
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
    close: () => new Promise((ok) => { for (const s of sockets) s.destroy(); server.close(() => ok()); }),
  };
}

export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
    ...options,
  });
}

/**
 * A page that records what a reader should never meet: console errors, uncaught exceptions,
 * Content-Security-Policy violations and requests to any origin but `origins`.
 */
export async function watchedPage(context, origins) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !origins.includes(url.origin)) problems.push(`request left the origin: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.problems = async () => {
    const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
    return problems.concat(csp.map((v) => `CSP violation: ${v}`));
  };
  return page;
}

/** Waits until the explorer has hydrated and applied the URL: it marks the root when done. */
export async function ready(page) {
  await page.waitForFunction(() => document.querySelector('.explorer[data-hydrated]') !== null && !document.documentElement.classList.contains('restoring'), null, { timeout: 10000 });
}

export async function shownClaimIds(page) {
  return page.$$eval('article[data-claim-id]', (all) => all.map((a) => a.getAttribute('data-claim-id')));
}

/** The briefing as the core exports it. */
export function exportJson(file = join(ROOT, 'data/briefing.md')) {
  const out = execFileSync('cargo', ['run', '--quiet', '--frozen', '--bin', 'briefing', '--', 'export', file, '--format', 'json'], { cwd: ROOT });
  return JSON.parse(out.toString());
}

/** Builds the site for another briefing into a fresh directory and returns it. */
export function buildSite(briefingPath, { dist } = {}) {
  const out = dist || mkdtempSync(join(tmpdir(), 'briefing-dist-'));
  execFileSync('trunk', ['build', '--release', '--offline', '--dist', out], {
    cwd: ROOT,
    env: { ...process.env, BRIEFING: briefingPath, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

/** Lower case without accents, as the explorer searches. */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
