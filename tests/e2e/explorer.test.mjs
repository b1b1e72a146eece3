// The explorer as a reader meets it: the built dist/ served on 127.0.0.1, driven in Chromium.
// Every expectation comes from the core's own JSON export of the same site.briefing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteUnderTest, watchedPage, ready, shownClaimIds, fold } from './helpers.mjs';

const site = siteUnderTest();


const ids = (claims) => claims.map((c) => c.id);

async function open(query = '', context) {
  const ctx = context || await site.browser.newContext();
  const page = await watchedPage(ctx, [site.server.origin]);
  await page.goto(site.server.url + query);
  await ready(page);
  return page;
}

test('the page shows every claim with its sources, as the core exports them', async () => {
  const page = await open();
  assert.deepEqual(await shownClaimIds(page), ids(site.briefing.claims));
  for (const claim of site.briefing.claims) {
    const hrefs = await page.$$eval(`article[data-claim-id="${claim.id}"] ol.sources a`, (as) => as.map((a) => a.href));
    assert.deepEqual(hrefs, claim.sources.map((s) => s.url));
    const rels = await page.$$eval(`article[data-claim-id="${claim.id}"] ol.sources a`, (as) => as.map((a) => a.rel + '|' + a.target));
    assert.ok(rels.every((r) => r === 'noopener noreferrer|_blank'));
  }
  assert.deepEqual(await page.problems(), []);
});

test('each topic shows exactly the claims the core gives it, with the count beside it', async () => {
  const page = await open();
  for (const topic of site.briefing.topics) {
    await page.click(`[data-topic="${topic.id}"]`);
    const expected = site.briefing.claims.filter((c) => c.topics.includes(topic.id));
    assert.deepEqual(await shownClaimIds(page), ids(expected), topic.id);
    assert.equal(expected.length, topic.count);
    assert.equal(await page.getAttribute(`[data-topic="${topic.id}"]`, 'aria-pressed'), 'true');
    await page.click(`[data-topic="${topic.id}"]`);
  }
  assert.equal((await shownClaimIds(page)).length, site.briefing.claims.length);
  assert.deepEqual(await page.problems(), []);
});

test('several topics combine, counts follow the other filters, and one click clears them', async () => {
  const page = await open();
  const [a, b] = site.briefing.topics;
  await page.click(`[data-topic="${a.id}"]`);
  await page.click(`[data-topic="${b.id}"]`);
  const either = site.briefing.claims.filter((c) => c.topics.includes(a.id) || c.topics.includes(b.id));
  assert.deepEqual(await shownClaimIds(page), ids(either));
  await page.click('[data-status="unconfirmed"]');
  for (const topic of site.briefing.topics) {
    const count = site.briefing.claims.filter((c) => c.topics.includes(topic.id) && c.status === 'unconfirmed').length;
    const text = await page.textContent(`[data-topic="${topic.id}"] .count`);
    assert.match(text, new RegExp(`\\b${count}\\b`), topic.id);
  }
  await page.click('.topic-filters .clear');
  assert.deepEqual(await shownClaimIds(page), ids(site.briefing.claims));
  assert.equal(await page.getAttribute('[data-status="all"]', 'aria-pressed'), 'true');
  await page.waitForURL((url) => url.search === '');
});

test('each status shows the core\u2019s claims, and unconfirmed claims say why', async () => {
  const page = await open();
  for (const status of ['confirmed', 'unconfirmed', 'all']) {
    await page.click(`[data-status="${status}"]`);
    const expected = site.briefing.claims.filter((c) => status === 'all' || c.status === status);
    assert.deepEqual(await shownClaimIds(page), ids(expected), status);
  }
  await page.click('[data-status="unconfirmed"]');
  const strike = site.briefing.claims.find((c) => c.status === 'unconfirmed' && c.status_reason.includes('reportedly'));
  const article = page.locator(`article[data-claim-id="${strike.id}"]`);
  await assert.doesNotReject(article.locator('.badge', { hasText: 'Unconfirmed' }).waitFor());
  assert.equal(await article.locator('details.reason p').isVisible(), false, 'the reason shows on demand');
  await article.locator('details.reason summary').click();
  // The reason quotes the deciding words, then says how many outlets back the claim.
  assert.equal((await article.locator('details.reason p').textContent()).trim(), `${strike.status_reason} ${strike.corroboration}.`);
  assert.match(strike.corroboration, /^\d+ outlets?: /);
});

test('search matches text, labels and outlets, ignoring case and accents, and marks matches', async () => {
  const page = await open();
  for (const query of ['OIL', 'strike', 'euronews', 'Drug Trafficking', 'venezuela\u0301']) {
    await page.fill('input[type="search"]', query);
    const terms = fold(query).split(/\s+/).filter(Boolean);
    const expected = site.briefing.claims.filter((c) => {
      const haystack = fold([c.label || '', c.text, ...c.sources.map((s) => s.outlet)].join('\n'));
      return terms.every((t) => haystack.includes(t));
    });
    assert.deepEqual(await shownClaimIds(page), ids(expected), query);
    assert.match(await page.textContent('.result-count'), new RegExp(`Showing (all )?${expected.length}`));
  }
  await page.fill('input[type="search"]', 'strike');
  const marks = await page.$$eval('article mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length > 0 && marks.every((m) => m === 'strike'));
});

test('the view lives in the URL: it is restored on load and on back and forward', async () => {
  const topic = site.briefing.topics[0].id;
  const page = await open(`?topic=${topic}&status=unconfirmed`);
  const expected = site.briefing.claims.filter((c) => c.topics.includes(topic) && c.status === 'unconfirmed');
  assert.deepEqual(await shownClaimIds(page), ids(expected));
  assert.equal(await page.getAttribute('[data-status="unconfirmed"]', 'aria-pressed'), 'true');
  await page.click('[data-status="confirmed"]');
  await page.waitForURL(/status=confirmed/);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-status="unconfirmed"]').getAttribute('aria-pressed') === 'true');
  assert.deepEqual(await shownClaimIds(page), ids(expected));
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[data-status="confirmed"]').getAttribute('aria-pressed') === 'true');
  // Typing is one step back, not one per key; a click is one more.
  const entries = await page.evaluate(() => history.length);
  await page.focus('input[type="search"]');
  await page.keyboard.type('oil', { delay: 30 });
  await page.waitForURL(/q=oil/);
  assert.equal(await page.evaluate(() => history.length), entries);
  await page.click('[data-status="all"]');
  await page.waitForURL((url) => !url.search.includes('status='));
  assert.equal(await page.evaluate(() => history.length), entries + 1);
  assert.deepEqual(await page.problems(), []);
});

test('a shared claim link opens with that claim selected and in view', async () => {
  const claim = site.briefing.claims.at(-1);
  const page = await open(`?claim=${claim.id}`);
  const article = page.locator(`article[data-claim-id="${claim.id}"]`);
  assert.equal(await article.getAttribute('aria-current'), 'true');
  await page.waitForFunction((id) => {
    const r = document.querySelector(`article[data-claim-id="${id}"]`).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, claim.id);
});

test('copy link puts the claim\u2019s address on the clipboard', async () => {
  const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await open('', context);
  const claim = site.briefing.claims[2];
  await page.click(`article[data-claim-id="${claim.id}"] .copy-link`);
  await page.locator(`article[data-claim-id="${claim.id}"] .copy-link`, { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${site.server.url}?claim=${claim.id}`);
  await context.close();
});

test('garbage in the URL falls back to the default view without errors', async () => {
  for (const query of ['?topic=%ZZ&status=maybe&q=%E0%A4%A', `?q=${'x'.repeat(5000)}`, '?claim=nope&outlet=<script>', '?view=%00']) {
    const page = await open(query);
    assert.ok((await shownClaimIds(page)).length > 0, query);
    assert.deepEqual(await page.problems(), [], query);
    await page.close();
  }
});

test('the outlets view lists every outlet and leads to the claims each backs', async () => {
  const page = await open();
  await page.click('[data-view="outlets"]');
  const outlets = await page.$$eval('.outlet-list li', (lis) => lis.map((li) => li.getAttribute('data-outlet')));
  assert.deepEqual([...outlets].sort(), site.briefing.outlets.map((o) => o.id).sort());
  const outlet = site.briefing.outlets.find((o) => o.claims.length > 1);
  await page.click(`[data-outlet="${outlet.id}"] button`);
  assert.deepEqual(await shownClaimIds(page), outlet.claims);
  await page.waitForURL(new RegExp(`outlet=${outlet.id.replace('.', '\\.')}`));
});

test('nothing matching shows an empty state with a way back, announced politely', async () => {
  const page = await open();
  await page.fill('input[type="search"]', 'zzzz no such words');
  await page.locator('.empty-state').waitFor();
  assert.equal(await page.getAttribute('.result-count', 'role'), 'status');
  assert.match(await page.textContent('.result-count'), /Showing 0 of/);
  await page.click('.empty-state .clear');
  assert.deepEqual(await shownClaimIds(page), ids(site.briefing.claims));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'claim-search', 'focus is not lost');
});

test('the page works from 320 px wide with nothing wider than the screen', async () => {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await open('', context);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  await context.close();
});
