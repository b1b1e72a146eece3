// The page in the briefing's language: a Spanish briefing is read in Spanish (no English word of
// the interface left), readers can switch to English and back (kept in the URL, across reloads),
// axe finds nothing in Spanish, the embed snippets carry the language, and a page in a
// right-to-left language mirrors its layout while each text keeps its own direction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchedPage, ready, buildSite, exportJson, violationsInBothSchemes, ROOT } from './helpers.mjs';

const SPANISH = join(ROOT, 'crates/briefing/tests/fixtures/apagones.md');
const ARABIC = join(ROOT, 'tests/e2e/fixtures/arabic.md');
let browser, spanish, arabic, briefing;

before(async () => {
  browser = await launch();
  briefing = exportJson(SPANISH);
  spanish = await serve(buildSite(SPANISH));
  arabic = await serve(buildSite(ARABIC));
});
after(async () => {
  await browser?.close();
  await spanish?.close();
  await arabic?.close();
});

/** Every text of the English catalog, cut at its placeholders: what must not be on a Spanish page. */
function englishWords() {
  const toml = readFileSync(join(ROOT, 'crates/briefing/lang/en/messages.toml'), 'utf8');
  const messages = toml.slice(toml.indexOf('[messages]'));
  const texts = [...messages.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
  // Words Spanish uses as they are, not English left behind.
  const shared = ['script', 'iframe'];
  return [...new Set(texts.flatMap((t) => t.split(/\{\w+\}/)).map((t) => t.trim()).filter((t) => t.length > 3 && !shared.includes(t)))];
}

/** The interface's words on the page: text and accessible names outside the briefing's own. */
async function interfaceText(page) {
  return page.evaluate(() => {
    const content = 'h1, [dir="auto"], .sources a, .domain, .claim-topics, .chip, .outlet-name, script, style, noscript';
    const texts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.closest(content) && node.textContent.trim()) texts.push(node.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [data-message], [data-reload]')) {
      for (const name of ['aria-label', 'title', 'data-message', 'data-reload']) {
        if (el.hasAttribute(name)) texts.push(el.getAttribute(name));
      }
    }
    texts.push(document.title.split(' · ').pop());
    return texts;
  });
}

async function open(server, query = '', options = {}) {
  const context = await browser.newContext(options);
  const page = await watchedPage(context, [server.origin]);
  await page.goto(server.url + query);
  await ready(page);
  return { context, page };
}

test('a Spanish briefing is read in Spanish, with no English word of the interface', async () => {
  assert.equal(briefing.lang, 'es');
  const { context, page } = await open(spanish);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  // Open what is shut, so every word is on the page: a reason, the outlets view, the embed panel.
  await page.click('article details.reason summary');
  await page.click('.embed-toggle');
  await page.locator('#embed-script').waitFor();
  const seen = (await interfaceText(page)).join('\n');
  await page.click('[data-view="outlets"]');
  const outlets = (await interfaceText(page)).join('\n');
  const english = englishWords().filter((w) => seen.includes(w) || outlets.includes(w));
  assert.deepEqual(english, [], 'English interface text on the Spanish page');
  assert.match(seen, /Sin confirmar/);
  assert.match(seen, /Informe del \d{1,2} de [a-z]+ de \d{4}/, 'dates in Spanish');
  assert.match(await page.textContent('[data-status="unconfirmed"]'), /Sin confirmar/);
  // Reasons and corroboration in Spanish, as the core wrote them.
  await page.click('[data-view="claims"]');
  const hedged = briefing.claims.find((c) => c.status === 'unconfirmed');
  const reason = await page.textContent(`article[data-claim-id="${hedged.id}"] details.reason p`);
  assert.equal(reason.trim(), `${hedged.status_reason} ${hedged.corroboration}.`);
  assert.match(hedged.corroboration, /^1 medio: /);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('the words only the build writes are in Spanish too: title, notices, manifest', async () => {
  const { context, page } = await open(spanish);
  assert.equal(await page.title(), `${briefing.title} · Explorador de informes`);
  assert.equal(await page.getAttribute('#explorer-update', 'data-reload'), 'Recargar');
  assert.match(await page.getAttribute('#explorer-update', 'data-message'), /^Hay una versión más reciente/);
  assert.match(await page.getAttribute('#explorer-alert', 'data-message'), /^Algo falló/);
  const manifest = await (await page.request.get(spanish.url + 'manifest.webmanifest')).json();
  assert.equal(manifest.lang, 'es');
  assert.equal(manifest.short_name, 'Informe');
  assert.match(manifest.description, /^Un explorador de las afirmaciones/);
  await context.close();
});

test('readers switch to English and back, and the choice survives a reload', async () => {
  const { context, page } = await open(spanish);
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
  assert.match(await page.textContent('[data-status="unconfirmed"]'), /Unconfirmed/);
  assert.equal(await page.getAttribute('[data-lang="en"]', 'aria-pressed'), 'true');
  const hedged = briefing.claims.find((c) => c.status === 'unconfirmed');
  await page.click(`article[data-claim-id="${hedged.id}"] details.reason summary`);
  assert.match(await page.textContent(`article[data-claim-id="${hedged.id}"] details.reason p`), /^Unconfirmed: .*1 outlet: /);
  await page.reload();
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('.tally'), /claims/);
  // The briefing's own words stay as written.
  assert.equal(await page.textContent('h1#briefing-title'), briefing.title);
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.waitForURL((url) => !url.searchParams.has('lang'));
  assert.match(await page.textContent('.tally'), /afirmaciones/);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('axe finds no WCAG A/AA violation in Spanish, in light and dark', async () => {
  const found = await violationsInBothSchemes(browser, spanish.url, async (page) => {
    await ready(page);
    await page.click('article details.reason summary');
  });
  assert.deepEqual(found, { light: [], dark: [] });
});

test('the embed snippets carry the language, and offline is said in Spanish', async () => {
  const { context, page } = await open(spanish);
  await page.click('.embed-toggle');
  await page.locator('#embed-script').waitFor();
  assert.match(await page.inputValue('#embed-script'), /\?embed&lang=es"/);
  await page.click('[data-lang="en"]');
  await page.waitForFunction(() => document.getElementById('embed-script').value.includes('lang=en'));
  assert.match(await page.textContent('label[for="embed-script"]'), /With our script/);
  await context.setOffline(true);
  await page.waitForFunction(() => document.documentElement.classList.contains('offline'));
  assert.match(await page.textContent('.colophon .offline'), /Offline/);
  await page.click('[data-lang="es"]');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await page.textContent('.colophon .offline'), /Sin conexión/);
  assert.equal(await page.isVisible('.colophon .offline'), true);
  await context.setOffline(false);
  await page.waitForFunction(() => !document.documentElement.classList.contains('offline'));
  assert.equal(await page.isVisible('.colophon .offline'), false);
  await context.close();
});

test('a page in a right-to-left language mirrors its layout; each text keeps its direction', async () => {
  const { context, page } = await open(arabic, '', { viewport: { width: 1280, height: 900 } });
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  const box = (selector) => page.$eval(selector, (el) => el.getBoundingClientRect().toJSON());
  const controls = await box('.controls');
  const results = await box('.results');
  assert.ok(controls.x > results.x, 'the controls column is on the right');
  // Claims, in Arabic, are right to left; source numbers sit on their right.
  const claim = await page.$eval('.claim-text', (el) => getComputedStyle(el).direction);
  assert.equal(claim, 'rtl');
  const list = await box('article ol.sources');
  const link = await box('article ol.sources a');
  assert.ok(link.x + link.width <= list.x + list.width, 'the numbered list runs right to left');
  assert.match(await page.textContent('.tally'), /ادعاء/);
  // A Latin source domain in the same line keeps its own order.
  assert.match(await page.textContent('article .domain'), /^[a-z0-9.-]+$/);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});
