// Shared by the end-to-end tests: a static server for a built site, headless Chromium, and the
// core's own answers (the CLI's JSON export) to compare the page against.
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

export { serve };

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const DIST = resolve(process.env.DIST || join(ROOT, 'dist'));

export async function launch(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
    ...options,
  });
}

/**
 * The default build under test: registers hooks that export the briefing with the core, serve
 * dist/ and start Chromium, and stop them after the file's tests. Fields fill in before tests run.
 */
export function siteUnderTest() {
  const site = { briefing: null, server: null, browser: null };
  before(async () => {
    site.briefing = exportJson();
    site.server = await serve(DIST);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
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

/**
 * Evaluates `fn` in the page until it returns something truthy. Unlike waitForFunction it awaits
 * promises, so it can wait on service workers and caches.
 */
export async function until(page, fn, arg, { timeout = 20000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg).catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Waits until a service worker controls the page. */
export async function controlled(page) {
  await until(page, async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  }, null, { what: 'the service worker to control the page' });
}

/** `scripts/site FROM TO` as published at `now`, with its exit code and what it printed. */
export function publishSite(from, to, now = '2026-11-20T09:00:00Z') {
  const run = spawnSync(join(ROOT, 'scripts/site'), [from, to], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_NOW: now } });
  return { code: run.status, out: run.stderr };
}

export async function shownClaimIds(page) {
  return page.$$eval('article[data-claim-id]', (all) => all.map((a) => a.getAttribute('data-claim-id')));
}

/** The briefing as the core exports it. */
export function exportJson(file = join(ROOT, 'data/briefing.md')) {
  const out = execFileSync('cargo', ['run', '--quiet', '--frozen', '--bin', 'briefing', '--', 'export', file, '--format', 'json'], { cwd: ROOT });
  return JSON.parse(out.toString());
}

/** A synthetic briefing of `claims` claims (`briefing synth`), in a fresh file; returns its path. */
export function synthBriefing(claims) {
  const text = execFileSync('cargo', ['run', '--quiet', '--frozen', '--bin', 'briefing', '--', 'synth', '--claims', String(claims)], { cwd: ROOT, maxBuffer: 1 << 30 });
  const file = join(mkdtempSync(join(tmpdir(), `briefing-synth-${claims}-`)), 'synth.md');
  writeFileSync(file, text);
  return file;
}

/** Builds the site for another briefing into a fresh directory (as scripts/build does). */
export function buildSite(briefingPath, { dist } = {}) {
  const out = dist || mkdtempSync(join(tmpdir(), 'briefing-dist-'));
  execFileSync(join(ROOT, 'scripts/build'), ['--dist', out], {
    cwd: ROOT,
    env: { ...process.env, BRIEFING: briefingPath },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe's WCAG 2.0-2.2 A/AA violations for the page as it is, one line each. The page's own
 * policy refuses the injected script: open it in a context with `bypassCSP`. */
export async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** axe's violations (`violations`) of the page at `url`, in light and in dark, each once
 * `prepare(page)` has brought it to the state to check. */
export async function violationsInBothSchemes(browser, url, prepare) {
  const found = {};
  for (const colorScheme of ['light', 'dark']) {
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    const page = await context.newPage();
    await page.goto(url);
    await prepare(page);
    found[colorScheme] = await violations(page);
    await context.close();
  }
  return found;
}

/** Lower case without accents, as the explorer searches. */
export function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
