// Content before WebAssembly: the prerendered HTML holds the whole briefing, the app takes it
// over (hydration) from every state a URL can start in, and nothing moves when it does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { siteUnderTest, serve, watchedPage, ready, shownClaimIds, DIST, synthBriefing, buildSite, exportJson } from './helpers.mjs';

const site = siteUnderTest();

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the HTML itself holds the title, the lede, every claim and every source link', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.ok(html.includes(escapeHtml(site.briefing.title)));
  assert.ok(html.includes(escapeHtml(site.briefing.summary.split('\n')[0])));
  for (const claim of site.briefing.claims) {
    assert.ok(html.includes(`data-claim-id="${claim.id}"`), claim.id);
    assert.ok(html.includes(escapeHtml(claim.text)), claim.text);
    for (const source of claim.sources) assert.ok(html.includes(`href="${escapeHtml(source.url)}"`), source.url);
  }
});

test('with JavaScript off a reader still gets every claim with its sources', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.server.url);
  assert.deepEqual(await shownClaimIds(page), site.briefing.claims.map((c) => c.id));
  for (const claim of site.briefing.claims) {
    const links = await page.$$eval(`article[data-claim-id="${claim.id}"] ol.sources a`, (as) => as.map((a) => a.href));
    assert.deepEqual(links, claim.sources.map((s) => s.url));
  }
  assert.equal(await page.isVisible('.controls'), false, 'controls that cannot work are not shown');
  assert.equal(await page.isVisible('h1#briefing-title'), true);
  await context.close();
});

// The explorer's page (briefing::state::PAGE): claims shown before "Show more".
const PAGE = 15;

test('a briefing longer than a page: every claim readable without JavaScript, paged with it', async () => {
  const file = synthBriefing(PAGE + 15);
  const briefing = exportJson(file);
  const ids = briefing.claims.map((c) => c.id);
  const server = await serve(buildSite(file));
  try {
    const off = await site.browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(server.url);
    assert.deepEqual(await shownClaimIds(still), ids, 'every claim, in briefing order');
    for (const claim of briefing.claims.slice(PAGE)) {
      assert.ok(await still.isVisible(`article[data-claim-id="${claim.id}"]`), claim.id);
      const links = await still.$$eval(`article[data-claim-id="${claim.id}"] ol.sources a`, (as) => as.map((a) => a.href));
      assert.deepEqual(links, claim.sources.map((s) => s.url));
    }
    assert.equal(await still.isVisible('.show-more'), false, 'no button that cannot work');
    assert.equal(await still.isVisible('.result-count'), false, 'no count of the first page only');
    await off.close();

    const on = await site.browser.newContext();
    const page = await watchedPage(on, [server.origin]);
    await page.goto(server.url);
    await ready(page);
    assert.deepEqual(await shownClaimIds(page), ids.slice(0, PAGE), 'with JavaScript the list is paged');
    await page.click('.show-more');
    assert.deepEqual(await shownClaimIds(page), ids);
    const topic = briefing.topics[0].id;
    await page.click(`[data-topic="${topic}"]`);
    assert.deepEqual(await shownClaimIds(page), briefing.claims.filter((c) => c.topics.includes(topic)).map((c) => c.id).slice(0, PAGE));
    assert.deepEqual(await page.problems(), []);
    assert.equal(await page.textContent('#explorer-alert'), '');
    await on.close();
  } finally {
    await server.close();
  }
});

const topic = () => site.briefing.topics[0].id;
const startingStates = () => [
  '', '?embed', `?topic=${topic()}`, `?topic=${topic()},${site.briefing.topics[1].id}&status=unconfirmed`, '?status=confirmed&embed',
  '?q=oil', '?q=zzzz-nothing', `?outlet=${site.briefing.outlets[1].id}`, `?claim=${site.briefing.claims.at(-1).id}`, '?view=outlets',
  `?view=outlets&embed&topic=${topic()}`, '?topic=%ZZ&q=%E0%A4', '?embed&q=<script>alert(1)</script>',
];

test('the app takes over the prerendered page from every starting state without a mismatch', async () => {
  for (const query of startingStates()) {
    const context = await site.browser.newContext();
    const page = await watchedPage(context, [site.server.origin]);
    await page.goto(site.server.url + query);
    await ready(page);
    assert.deepEqual(await page.problems(), [], query);
    assert.equal(await page.textContent('#explorer-alert'), '', query);
    assert.equal(await page.locator('.explorer').count(), 1, `${query}: the page is not rendered twice`);
    const claims = await page.locator('article[data-claim-id]').count();
    const clicked = await page.locator('[data-status="unconfirmed"]').click().then(() => true);
    assert.ok(clicked && claims >= 0);
    assert.equal(await page.getAttribute('[data-status="unconfirmed"]', 'aria-pressed'), 'true', `${query}: the app responds`);
    await context.close();
  }
});

/** Sum of layout shifts from the start of the page until it has settled after hydration. */
async function layoutShift(query, options = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(site.server.url + query);
  await ready(page);
  await page.waitForTimeout(500);
  const shift = await page.evaluate(() => window.__shift);
  await context.close();
  return shift;
}

test('nothing moves when the app takes over (cumulative layout shift 0)', async () => {
  for (const [query, viewport] of [['', { width: 1280, height: 900 }], ['', { width: 390, height: 844 }], ['?embed', { width: 600, height: 800 }], [`?topic=${topic()}`, { width: 390, height: 844 }]]) {
    assert.equal(await layoutShift(query, { viewport }), 0, `${query} at ${viewport.width}px`);
  }
});

test('if the app fails, readers see a short message and the claims stay readable', async () => {
  // HTML from another build: hydration cannot match it and the WebAssembly stops.
  const broken = mkdtempSync(join(tmpdir(), 'briefing-broken-'));
  cpSync(DIST, broken, { recursive: true });
  const html = readFileSync(join(broken, 'index.html'), 'utf8');
  writeFileSync(join(broken, 'index.html'), html.replace('<header class="masthead">', '<aside class="masthead">').replace('</header><header class="embed-header">', '</aside><header class="embed-header">'));
  const server = await serve(broken);
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('explorer-alert').textContent.length > 0, null, { timeout: 10000 });
  assert.match(await page.textContent('#explorer-alert'), /Something went wrong.*reload the page/);
  assert.equal(await page.getAttribute('#explorer-alert', 'role'), 'alert');
  assert.deepEqual(await shownClaimIds(page), site.briefing.claims.map((c) => c.id), 'the prerendered claims stay');
  assert.ok(errors.length > 0, 'details go to the console');
  await context.close();
  await server.close();
});
