// A site of three briefings published by scripts/site: the index lists, filters and searches
// them; each page works (filters, embed, structured data, offline after a visit) on one shared
// copy of the explorer; the feeds parse; bad input is reported and loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, statSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, watchedPage, ready, until, exportJson, violationsInBothSchemes, publishSite, ROOT } from './helpers.mjs';

const BRIEFINGS = {
  venezuela: join(ROOT, 'data/briefing.md'),
  apagones: join(ROOT, 'crates/briefing/tests/fixtures/apagones.md'),
  'red-sea': join(ROOT, 'crates/briefing/tests/fixtures/red-sea.md'),
};
let browser, server, src, dest, exported;

const publish = (from = src, to = dest) => publishSite(from, to);

before(async () => {
  src = mkdtempSync(join(tmpdir(), 'site-src-'));
  dest = mkdtempSync(join(tmpdir(), 'site-dest-'));
  for (const [stem, file] of Object.entries(BRIEFINGS)) copyFileSync(file, join(src, `${stem}.md`));
  const first = publish();
  assert.equal(first.code, 0, first.out);
  exported = Object.fromEntries(Object.entries(BRIEFINGS).map(([stem, file]) => [stem, exportJson(file)]));
  browser = await launch();
  server = await serve(dest);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext(options);
  const page = await watchedPage(context, [server.origin]);
  await page.goto(server.url + path);
  return { context, page };
}

const listed = (page) => page.$$eval('.site-list > li', (all) => all.map((li) => li.getAttribute('data-briefing')));

test('the index lists every briefing, newest first, each linking to its page', async () => {
  const { context, page } = await open('');
  const byDate = Object.keys(BRIEFINGS).sort((a, b) => (exported[b].date || '').localeCompare(exported[a].date || ''));
  assert.deepEqual(await listed(page), byDate);
  for (const stem of byDate) {
    const item = page.locator(`[data-briefing="${stem}"]`);
    assert.equal(await item.locator('h2 a').getAttribute('href'), `./${stem}/`);
    assert.equal(await item.locator('h2').textContent(), exported[stem].title);
    const unconfirmed = exported[stem].claims.filter((c) => c.status === 'unconfirmed').length;
    assert.match(await item.locator('.meta').textContent(), new RegExp(`${exported[stem].claims.length} claims · ${unconfirmed} unconfirmed`));
  }
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('readers filter the index by topic, without JavaScript too', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const { context, page } = await open('', { javaScriptEnabled });
    const topic = exported.venezuela.topics.find((t) => t.id === 'drugs-crime');
    await page.click(`.site-topics a[href="./topic/${topic.id}/"]`);
    await page.waitForURL(/\/topic\/drugs-crime\/$/);
    const having = Object.keys(BRIEFINGS).filter((stem) => exported[stem].topics.some((t) => t.id === topic.id));
    assert.deepEqual((await listed(page)).sort(), having.sort());
    assert.equal(await page.getAttribute('.site-topics a[aria-current="page"]', 'href'), '../../topic/drugs-crime/');
    assert.equal(await page.isVisible('.site-search'), javaScriptEnabled, 'search needs JavaScript; the rest does not');
    await page.click('.site-list h2 a');
    await page.waitForSelector('#briefing-title');
    await context.close();
  }
});

test('search finds briefings by the words of their claims, across the whole site', async () => {
  const { context, page } = await open('');
  // A word of a Spanish claim, typed without its accent.
  await page.fill('#site-q', 'megavatios');
  await page.waitForFunction(() => document.querySelector('.site-status').textContent.includes('megavatios'));
  assert.deepEqual(await listed(page), ['apagones']);
  assert.match(await page.textContent('.site-status'), /^1 briefing matches “megavatios”$/);
  await page.fill('#site-q', 'maersk cape');
  await page.waitForFunction(() => document.querySelector('.site-status').textContent.includes('cape'));
  assert.deepEqual(await listed(page), ['red-sea']);
  await page.fill('#site-q', 'zzqx');
  await page.waitForFunction(() => /No briefing/.test(document.querySelector('.site-status').textContent));
  assert.deepEqual(await listed(page), []);
  await page.fill('#site-q', '');
  await page.waitForFunction(() => document.querySelectorAll('.site-list > li').length === 3);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('axe finds no violation on the index, light and dark', async () => {
  const found = await violationsInBothSchemes(browser, server.url, async (page) => {
    await page.fill('#site-q', 'oil');
    await page.waitForFunction(() => document.querySelector('.site-status').textContent !== '');
  });
  assert.deepEqual(found, { light: [], dark: [] });
});

test('each briefing page works on the shared explorer, with its embed and structured data', async () => {
  for (const stem of Object.keys(BRIEFINGS)) {
    const { context, page } = await open(`${stem}/`);
    await ready(page);
    const b = exported[stem];
    assert.equal(await page.textContent('#briefing-title'), b.title);
    assert.equal(await page.getAttribute('html', 'lang'), b.lang);
    const topic = b.topics[0];
    await page.click(`[data-topic="${topic.id}"]`);
    const shown = await page.$$eval('article[data-claim-id]', (all) => all.map((a) => a.dataset.claimId));
    assert.deepEqual(shown, b.claims.filter((c) => c.topics.includes(topic.id)).map((c) => c.id));
    // One copy of the explorer: the page loads it from the site's root.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')));
    assert.equal(wasm.length, 1);
    assert.match(wasm[0], /^\/briefing-explorer-[0-9a-f]+_bg\.wasm$/);
    const ld = JSON.parse(await page.textContent('script[type="application/ld+json"]'));
    assert.equal(ld['@graph'].length, b.claims.length);
    assert.equal(ld['@graph'][0]['@type'], 'ClaimReview');
    assert.deepEqual(await page.problems(), []);
    await context.close();
    const embed = await open(`${stem}/?embed`);
    await ready(embed.page);
    assert.equal(await embed.page.evaluate(() => document.documentElement.classList.contains('embed')), true);
    assert.equal(await embed.page.$$eval('article[data-claim-id]', (a) => a.length) > 0, true);
    assert.deepEqual(await embed.page.problems(), []);
    await embed.context.close();
  }
});

test('a second briefing costs only its page, and a visited one opens offline, as does the index', async () => {
  const { context, page } = await open('venezuela/');
  await ready(page);
  await until(page, async () => { await navigator.serviceWorker.ready; return navigator.serviceWorker.controller !== null; }, null, { what: 'the site worker' });
  const before = server.requests.length;
  await page.goto(server.url + 'red-sea/');
  await ready(page);
  const fetched = server.requests.slice(before);
  assert.deepEqual(fetched.filter((p) => /\.(wasm|js|css)$/.test(p)), [], 'the explorer comes from the cache');
  assert.ok(fetched.includes('/red-sea/'), fetched.join(' '));
  await context.setOffline(true);
  for (const [path, check] of [['venezuela/', '#briefing-title'], ['red-sea/?topic=sea-routes', '#briefing-title'], ['', '.site-list']]) {
    await page.goto(server.url + path);
    await page.waitForSelector(check);
  }
  assert.equal(await page.$$eval('.site-list > li', (all) => all.length), 3);
  await page.goto(server.url + 'venezuela/');
  await ready(page);
  await page.click('[data-status="unconfirmed"]');
  assert.ok(await page.$$eval('article[data-claim-id]', (a) => a.length) > 0);
  await context.close();
});

test('the Atom feed parses as XML and the JSON Feed has the shape of version 1.1', async () => {
  const { context, page } = await open('');
  const atom = await page.evaluate(async () => {
    const text = await (await fetch('feed.xml')).text();
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const ns = 'http://www.w3.org/2005/Atom';
    const one = (el, name) => el.getElementsByTagNameNS(ns, name)[0];
    return {
      root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
      id: one(doc.documentElement, 'id').textContent,
      updated: one(doc.documentElement, 'updated').textContent,
      entries: Array.from(doc.getElementsByTagNameNS(ns, 'entry'), (e) => ({
        id: one(e, 'id').textContent, title: one(e, 'title').textContent, updated: one(e, 'updated').textContent,
        link: one(e, 'link').getAttribute('href'),
      })),
    };
  });
  assert.equal(atom.error, undefined, atom.error);
  assert.equal(atom.root, 'http://www.w3.org/2005/Atom feed');
  assert.ok(!Number.isNaN(Date.parse(atom.updated)));
  assert.deepEqual(atom.entries.map((e) => e.link), (await listed(page)).map((stem) => `./${stem}/`));
  for (const e of atom.entries) {
    assert.match(e.id, /^urn:/);
    assert.ok(!Number.isNaN(Date.parse(e.updated)));
    assert.ok(Object.values(exported).some((b) => b.title === e.title));
  }
  const feed = JSON.parse(readFileSync(join(dest, 'feed.json'), 'utf8'));
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.equal(feed.items.length, 3);
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(typeof item.content_text === 'string' || typeof item.content_html === 'string');
    assert.ok(!Number.isNaN(Date.parse(item.date_published)));
  }
  const sitemap = readFileSync(join(dest, 'sitemap.xml'), 'utf8');
  for (const stem of Object.keys(BRIEFINGS)) assert.ok(sitemap.includes(`<loc>./${stem}/</loc>`), sitemap);
  await context.close();
});

test('a briefing with errors is reported and skipped; nothing published is lost or rewritten', () => {
  const from = mkdtempSync(join(tmpdir(), 'site-bad-'));
  const to = mkdtempSync(join(tmpdir(), 'site-bad-dest-'));
  for (const [stem, file] of Object.entries(BRIEFINGS)) copyFileSync(file, join(from, `${stem}.md`));
  assert.equal(publish(from, to).code, 0);
  const page = (stem) => join(to, stem, 'index.html');
  const times = () => Object.fromEntries(Object.keys(BRIEFINGS).map((stem) => [stem, statSync(page(stem)).mtimeMs]));
  const kept = readFileSync(page('red-sea'));
  const before = times();
  // Republishing what did not change touches no page.
  assert.equal(publish(from, to).code, 0);
  assert.deepEqual(times(), before);
  // One briefing breaks; another changes.
  appendFileSync(join(from, 'red-sea.md'), '\n- A claim citing [javascript:alert(1)].\n');
  appendFileSync(join(from, 'apagones.md'), '\n- El Gobierno anunció un nuevo plan de racionamiento [https://www.primicias.ec/nuevo-plan].\n');
  const broken = publish(from, to);
  assert.equal(broken.code, 1);
  assert.match(broken.out, /red-sea\.md:\d+:\d+: error: .*javascript/);
  assert.deepEqual(readFileSync(page('red-sea')), kept, 'the published page stays as it was');
  assert.equal(statSync(page('venezuela')).mtimeMs, before.venezuela, 'an unchanged briefing is untouched');
  assert.notEqual(statSync(page('apagones')).mtimeMs, before.apagones, 'a changed briefing is published');
  assert.match(readFileSync(join(to, 'index.html'), 'utf8'), /data-briefing="red-sea"/);
  // Names that cannot be addresses, and folders that are not there.
  copyFileSync(BRIEFINGS.venezuela, join(from, 'bad name.md'));
  copyFileSync(BRIEFINGS.venezuela, join(from, 'Venezuela.md'));
  const names = publish(from, to);
  assert.equal(names.code, 1);
  assert.match(names.out, /bad name\.md:1:1: error: the file name `bad name` cannot be a web address/);
  assert.match(names.out, /`Venezuela\.md` and `venezuela\.md` would be published at the same address/);
  const missing = publish(join(from, 'nowhere'), to);
  assert.notEqual(missing.code, 0);
  assert.match(missing.out, /no such folder of briefings/);
  const empty = mkdtempSync(join(tmpdir(), 'site-empty-'));
  assert.match(publish(empty, to).out, /no briefing to publish/);
  assert.ok(!readdirSync(to).some((n) => n.endsWith('.tmp')), 'no file left half-written');
});
