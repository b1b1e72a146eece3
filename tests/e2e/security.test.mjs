// Never run what it displays: a strict Content-Security-Policy without violations, hostile
// briefing text shown as text, unsafe citations refused at build time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchedPage, ready, buildSite, ROOT, DIST } from './helpers.mjs';

const HOSTILE = join(ROOT, 'tests/e2e/fixtures/hostile.md');
let browser, hostileDist, hostile;

before(async () => {
  browser = await launch();
  hostileDist = buildSite(HOSTILE);
  hostile = await serve(hostileDist);
});
after(async () => {
  await browser?.close();
  await hostile?.close();
});

test('the page carries a strict policy: no inline code but by hash, no eval, no plugins', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  for (const directive of ["default-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-"]) {
    assert.ok(policy.includes(directive), directive);
  }
  assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes("'unsafe-eval'"), policy);
  // The briefing and its structured data travel as data blocks, which browsers never run:
  // they need no hash.
  assert.equal([...html.matchAll(/<script type="application\/x-briefing" id="briefing-data">/g)].length, 1);
  assert.equal([...html.matchAll(/<script type="application\/ld\+json">/g)].length, 1);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/)[^>]*>/g)].length;
  assert.equal(policy.match(/script-src[^;]*/)[0].split("'sha256-").length - 1, inlineScripts, 'one hash per inline script');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes first');
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const header of ['frame-ancestors', 'X-Content-Type-Options: nosniff', 'immutable']) assert.ok(headers.includes(header), header);
});

test('a briefing with unsafe citations fails the build with file:line:col messages', () => {
  const bad = join(ROOT, 'tests/e2e/fixtures/hostile-errors.md');
  let failure;
  try {
    execFileSync(join(ROOT, 'scripts/build'), ['--dist', join(hostileDist, '..', 'never')], { cwd: ROOT, env: { ...process.env, BRIEFING: bad }, stdio: 'pipe' });
  } catch (e) {
    failure = e;
  }
  assert.ok(failure, 'the build must fail');
  const output = `${failure.stdout}${failure.stderr}`;
  assert.match(output, /hostile-errors\.md:5:28: error: the citation `javascript:alert\(document\.cookie\)` uses the `javascript:` scheme/);
  assert.match(output, /hostile-errors\.md:6:30: error: the citation `DATA:text\/html;base64,[^`]*` uses the `data:` scheme/);
});

test('hostile briefing text is shown as text, runs nothing and wraps on a narrow phone', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await watchedPage(context, [hostile.origin]);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.goto(hostile.url);
  await ready(page);
  for (const query of ['script', 'evil', 'nope']) {
    await page.fill('input[type="search"]', query);
    await page.waitForTimeout(50);
  }
  await page.fill('input[type="search"]', '');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing from the briefing ran');
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator('#app script, #app img, #app svg, #app iframe, #app [onerror], #app [onload], #app [onmouseover]').count(), 0);
  assert.match(await page.textContent('h1#briefing-title'), /<script>window\.__pwned = 1<\/script>/);
  assert.match(await page.textContent('.claim-list'), /Script tag <script>window\.__pwned = 5<\/script> inside a claim/);
  const hrefs = await page.$$eval('#app a[href]', (as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(https?:\/\/|\.\/|#)/, href);
  const quoted = await page.$$eval('article ol.sources a', (as) => as.map((a) => a.href).find((h) => h.includes('/d?q=')));
  assert.ok(quoted && !quoted.includes('<') && !quoted.includes('"'), quoted);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `very long words scroll the page sideways by ${overflow}px`);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('the prerendered HTML escapes hostile text too', () => {
  const html = readFileSync(join(hostileDist, 'index.html'), 'utf8');
  const app = html.slice(html.indexOf('<div id="app">'));
  assert.ok(!/<script>window\.__pwned/.test(app) && !/<img src=x/.test(app) && !/<svg onload/.test(app));
  assert.ok(app.includes('&lt;script&gt;window.__pwned = 5&lt;/script&gt;'));
  assert.ok(!html.includes('<title>Hostile <script>'), 'the page title is escaped');
});

test('no page of the explorer violates its policy, in any view', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await watchedPage(context, [server.origin]);
  for (const query of ['', '?embed', '?view=outlets', '?q=zzzz', '?status=unconfirmed']) {
    await page.goto(server.url + query);
    await ready(page);
  }
  await page.goto(server.url);
  await ready(page);
  await page.click('.embed-toggle');
  await page.locator('#embed-script').waitFor();
  await page.click('article details.reason summary');
  assert.deepEqual(await page.problems(), []);
  await context.close();
  await server.close();
});
