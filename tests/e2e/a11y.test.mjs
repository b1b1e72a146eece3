// Accessibility by proof: axe-core reports no WCAG 2.0/2.1/2.2 A or AA violation in any view,
// in light and dark; everything works by keyboard with visible focus that is never lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteUnderTest, ready, shownClaimIds, violations } from './helpers.mjs';

const site = siteUnderTest();

// axe is injected as a script: the page's own policy would rightly refuse it.
const contextFor = (colorScheme, viewport = { width: 1280, height: 900 }) => site.browser.newContext({ bypassCSP: true, colorScheme, viewport });

const views = () => [
  ['the default view', '', async () => {}],
  ['a filtered view', `?topic=${site.briefing.topics[0].id}&status=unconfirmed`, async () => {}],
  ['a search with marked matches', '?q=oil', async () => {}],
  ['the empty state', '?q=zzzz-no-such-claim', async (page) => page.locator('.empty-state').waitFor()],
  ['a claim with its reason open', '', async (page) => page.click(`article[data-claim-id="${site.briefing.claims[0].id}"] details.reason summary`)],
  ['the outlets view', '?view=outlets', async () => {}],
  ['the embed panel', '', async (page) => { await page.click('.embed-toggle'); await page.locator('#embed-script').waitFor(); }],
  ['the embed view', '?embed', async () => {}],
  ['a selected claim', `?claim=${site.briefing.claims[3].id}`, async () => {}],
];

for (const scheme of ['light', 'dark']) {
  test(`axe finds no WCAG A/AA violation in any view (${scheme})`, async () => {
    const context = await contextFor(scheme);
    for (const [name, query, act] of views()) {
      const page = await context.newPage();
      await page.goto(site.server.url + query);
      await ready(page);
      await act(page);
      assert.deepEqual(await violations(page), [], `${name} (${scheme})`);
      await page.close();
    }
    await context.close();
  });
}

test('axe finds no violation on a phone', async () => {
  const context = await contextFor('light', { width: 390, height: 844 });
  const page = await context.newPage();
  await page.goto(site.server.url);
  await ready(page);
  assert.deepEqual(await violations(page), []);
  await context.close();
});

test('everything works by keyboard, in order, with visible focus that is never lost', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.server.url);
  await ready(page);
  const focused = () => page.evaluate(() => {
    const e = document.activeElement;
    return e.dataset.topic ? `topic:${e.dataset.topic}` : e.dataset.status ? `status:${e.dataset.status}` : e.id || e.className || e.tagName;
  });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'skip-link', 'the first stop skips to the claims');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'claim-search');
  const order = [];
  for (let i = 0; i < 3 + site.briefing.topics.length; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  assert.deepEqual(order, ['status:all', 'status:confirmed', 'status:unconfirmed', ...site.briefing.topics.map((t) => `topic:${t.id}`)]);
  // Filter by keyboard: the button keeps focus while the list changes under it.
  const topic = site.briefing.topics.at(-1).id;
  await page.keyboard.press('Enter');
  assert.deepEqual(await shownClaimIds(page), site.briefing.claims.filter((c) => c.topics.includes(topic)).map((c) => c.id));
  assert.equal(await focused(), `topic:${topic}`);
  await page.keyboard.press('Space');
  assert.equal((await shownClaimIds(page)).length, site.briefing.claims.length);
  assert.equal(await focused(), `topic:${topic}`);
  // Search by keyboard, then open a reason with the keyboard.
  await page.focus('#claim-search');
  await page.keyboard.type('strike');
  const shown = await shownClaimIds(page);
  assert.ok(shown.length > 0 && shown.length < site.briefing.claims.length);
  await page.focus(`article[data-claim-id="${shown[0]}"] details.reason summary`);
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(`article[data-claim-id="${shown[0]}"] details.reason`, 'open'), '');
  // The skip link lands on the claims.
  await page.focus('.skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await focused(), 'results');
  await context.close();
});

test('motion follows the reader\u2019s preference', async () => {
  for (const [reducedMotion, expected] of [['reduce', 'auto'], ['no-preference', 'smooth']]) {
    const context = await site.browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(site.server.url);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), expected, reducedMotion);
    await context.close();
  }
});

test('print shows every claim of the view with its reason and full source addresses', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.server.url);
  await ready(page);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.controls'), false);
  const urls = await page.$$eval('article ol.sources a', (links) => links.map((a) => getComputedStyle(a, '::after').content).filter((c) => c !== 'none').map((c) => JSON.parse(c)));
  assert.deepEqual(urls, site.briefing.claims.flatMap((c) => c.sources.map((s) => s.url)));
  const open = await page.$$eval('details.reason', (ds) => ds.every((d) => d.open));
  assert.ok(open, 'every reason is open on paper');
  await context.close();
});
