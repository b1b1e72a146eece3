// The explorer embedded in someone else's article: a host page on another origin (another port)
// sizes the iframe with the real pym.js from npm or with our embed.js, keeps deep links, and
// shrugs off hostile messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, watchedPage, exportJson, ROOT, DIST } from './helpers.mjs';

let explorer, host, attacker, browser, briefing;

const page = (body) => ({ body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host article</title></head><body><h1>An article</h1><p>Before the explorer.</p>${body}<p>After the explorer.</p></body></html>` });

before(async () => {
  briefing = exportJson();
  explorer = await serve(DIST);
  attacker = await serve(null, {
    routes: {
      // A frame from a third origin inside the host page that messages its neighbours.
      '/attack.html': page(`<script>
        window.attack = function (messages) {
          for (const target of [parent, parent.frames[0]]) for (const m of messages) { try { target.postMessage(m, '*'); } catch (e) {} }
        };
      </script>`),
    },
  });
  const src = `${explorer.url}?embed`;
  host = await serve(null, {
    routes: {
      '/pym.js': { type: 'text/javascript', body: readFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js')) },
      '/pym.html': page(`<div id="explorer"></div><script src="/pym.js"></script><script>window.pymParent = new pym.Parent('explorer', '${src}', {});</script>`),
      '/script.html': page(`<div data-briefing-explorer data-src="${src}" data-title="Briefing explorer"></div><script src="${explorer.url}embed.js" async></script>
        <iframe id="attacker" title="attacker" src="${attacker.url}attack.html" width="10" height="10"></iframe>`),
      '/plain.html': page(`<iframe src="${src}" title="Briefing explorer" width="100%" height="640" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`),
    },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const s of [explorer, host, attacker]) await s?.close();
});

async function openHost(path) {
  const context = await browser.newContext({ viewport: { width: 800, height: 700 } });
  const p = await watchedPage(context, [host.origin, explorer.origin, attacker.origin]);
  await p.goto(host.url + path);
  const frame = await (await p.waitForSelector(`iframe[src^="${explorer.url}"]`)).contentFrame();
  await frame.waitForFunction(() => document.querySelector('.explorer[data-hydrated]') && !document.documentElement.classList.contains('restoring'));
  return { p, frame, context };
}

/** The iframe's height on the host and the height of the document inside it. */
async function heights(p, frame) {
  const outer = await p.$eval(`iframe[src^="${explorer.url}"]`, (f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return { outer, inner };
}

async function sizedToContent(p, frame) {
  for (let i = 0; i < 50; i++) {
    const { outer, inner } = await heights(p, frame);
    if (Math.abs(outer - inner) <= 2) return { outer, inner };
    await p.waitForTimeout(100);
  }
  const { outer, inner } = await heights(p, frame);
  assert.ok(Math.abs(outer - inner) <= 2, `iframe is ${outer}px for a document of ${inner}px`);
  return { outer, inner };
}

const shownIn = (frame) => frame.$$eval('article[data-claim-id]', (as) => as.map((a) => a.getAttribute('data-claim-id')));

test('an unmodified pym.js parent on another origin sizes the embed to its content', async () => {
  const { p, frame, context } = await openHost('pym.html');
  const full = await sizedToContent(p, frame);
  const rare = briefing.topics.at(-1).id;
  await frame.click(`[data-topic="${rare}"]`);
  const filtered = await sizedToContent(p, frame);
  assert.ok(filtered.inner < full.inner - 100, 'the filter shrank the list');
  await frame.click('.topic-filters .clear');
  const back = await sizedToContent(p, frame);
  assert.ok(Math.abs(back.inner - full.inner) <= 2, 'and it grew back');
  await frame.click(`article[data-claim-id="${briefing.claims[0].id}"] details.reason summary`);
  const opened = await sizedToContent(p, frame);
  assert.ok(opened.inner > back.inner, 'opening a reason grows the frame');
  assert.deepEqual(await p.problems(), []);
  await context.close();
});

test('the embed view has compact chrome and links to the full explorer', async () => {
  const { p, frame, context } = await openHost('pym.html');
  assert.equal(await frame.isVisible('.masthead'), false);
  assert.equal(await frame.isVisible('.embed-header'), true);
  const link = frame.locator('.embed-header a');
  assert.equal(await link.getAttribute('target'), '_blank');
  const entries = await p.evaluate(() => history.length);
  await frame.click('[data-status="unconfirmed"]');
  assert.equal(await link.getAttribute('href'), './?status=unconfirmed');
  assert.equal(await frame.isVisible('.embed-toggle'), false, 'no embed panel inside an embed');
  assert.equal(await p.evaluate(() => history.length), entries, 'an embed never adds history entries');
  await context.close();
});

test('our host script sizes the iframe and keeps the view in the host page\u2019s address', async () => {
  const { p, frame, context } = await openHost('script.html');
  assert.equal(await p.getAttribute('[data-briefing-explorer] iframe', 'title'), 'Briefing explorer');
  await sizedToContent(p, frame);
  const topic = briefing.topics[1].id;
  await frame.click(`[data-topic="${topic}"]`);
  await frame.click('[data-status="unconfirmed"]');
  const expected = briefing.claims.filter((c) => c.topics.includes(topic) && c.status === 'unconfirmed').map((c) => c.id);
  assert.deepEqual(await shownIn(frame), expected);
  await sizedToContent(p, frame);
  await p.waitForFunction(() => new URL(location.href).searchParams.has('briefing'));
  const shared = p.url();
  assert.equal(new URL(shared).searchParams.get('briefing'), `topic=${topic}&status=unconfirmed`);
  await context.close();

  // A reader opens the shared article link: the embed starts in the same state.
  const again = await openHost(shared.slice(host.url.length));
  assert.deepEqual(await shownIn(again.frame), expected);
  assert.equal(await again.frame.getAttribute('[data-status="unconfirmed"]', 'aria-pressed'), 'true');
  assert.deepEqual(await again.p.problems(), []);
  await again.context.close();
});

test('a selected claim survives the round trip through the host page', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const p = await watchedPage(context, [host.origin, explorer.origin, attacker.origin]);
  const claim = briefing.claims[5];
  await p.goto(`${host.url}script.html?briefing=${encodeURIComponent(`claim=${claim.id}`)}`);
  const frame = await (await p.waitForSelector('[data-briefing-explorer] iframe')).contentFrame();
  await frame.waitForSelector(`article[data-claim-id="${claim.id}"][aria-current="true"]`);
  await context.close();
});

test('hostile messages to the embed and to the host change nothing', async () => {
  const { p, frame, context } = await openHost('script.html');
  const before = await sizedToContent(p, frame);
  const url = p.url();
  const shown = await shownIn(frame);
  const attackerFrame = p.frames().find((f) => f.url().startsWith(attacker.url));
  const childId = 'x';
  await attackerFrame.evaluate(([id]) => window.attack([
    JSON.stringify({ briefingExplorer: 1, type: 'height', height: 5 }),
    JSON.stringify({ briefingExplorer: 1, type: 'state', query: 'topic=evil' }),
    JSON.stringify({ briefingExplorer: 1, type: 'navigate', url: 'javascript:alert(1)' }),
    `pymxPYMx${id}xPYMxwidthxPYMx100`,
    'not json {', 'x'.repeat(1_000_000), { type: 'height', height: 1 }, 42, null,
  ]), [childId]);
  // The host itself sends malformed and wrongly typed messages to the embed.
  await p.evaluate(() => {
    const f = document.querySelector('[data-briefing-explorer] iframe').contentWindow;
    for (const m of ['{', 'x'.repeat(100_000), JSON.stringify({ briefingExplorer: 1, type: 'state', query: 7 }), 'pymxPYMxnopexPYMxwidthxPYMx-1', { a: 1 }, 3.5]) f.postMessage(m, '*');
  });
  await p.waitForTimeout(500);
  assert.equal(p.url(), url, 'the host address is unchanged');
  assert.deepEqual(await shownIn(frame), shown, 'the embed shows the same claims');
  const afterHeights = await heights(p, frame);
  assert.ok(Math.abs(afterHeights.outer - before.outer) <= 2, 'the frame kept its size');
  assert.equal(frame.url().startsWith(explorer.url), true, 'nothing navigated');
  assert.deepEqual(await p.problems(), []);
  await context.close();
});

test('a plain sandboxed iframe with no script on the host still works', async () => {
  const { p, frame, context } = await openHost('plain.html');
  await frame.click('[data-status="confirmed"]');
  const expected = briefing.claims.filter((c) => c.status === 'confirmed').map((c) => c.id);
  assert.deepEqual(await shownIn(frame), expected);
  assert.equal(await p.$eval('iframe', (f) => f.getBoundingClientRect().height), 640);
  assert.deepEqual(await p.problems(), []);
  await context.close();
});

test('the Embed this panel starts the embed in the view on screen, in its language', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const p = await watchedPage(context, [explorer.origin]);
  await p.goto(explorer.url);
  await p.waitForSelector('.explorer[data-hydrated]');
  // Readers never download the panel: it loads when someone opens it.
  const panelLoaded = () => p.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/embed-panel.js')));
  assert.equal(await panelLoaded(), false);
  const topic = briefing.topics[0].id;
  await p.click(`[data-topic="${topic}"]`);
  await p.click('[data-status="unconfirmed"]');
  await p.click('.embed-toggle');
  await p.locator('#embed-script').waitFor();
  assert.equal(await panelLoaded(), true);
  assert.equal(await p.getAttribute('.embed-toggle', 'aria-expanded'), 'true');
  await p.fill('input[name="height"]', '900');
  await p.press('input[name="height"]', 'Tab');
  const start = `${explorer.url}?embed&topic=${topic}&status=unconfirmed&lang=en`;
  const script = await p.inputValue('#embed-script');
  const iframe = await p.inputValue('#embed-iframe');
  assert.ok(script.includes(`data-src="${start}"`), script);
  assert.ok(script.includes(`<script src="${explorer.origin}/embed.js" async></script>`), script);
  assert.ok(iframe.includes('height="900"') && iframe.includes(`src="${start}"`), iframe);
  // The snippets follow the view while the panel is open.
  await p.click('[data-status="all"]');
  await p.waitForFunction(() => !document.getElementById('embed-script').value.includes('status='));
  await p.click('.embed-panel button:has-text("Copy") >> nth=1');
  assert.equal(await p.evaluate(() => navigator.clipboard.readText()), await p.inputValue('#embed-iframe'));
  await p.locator('.embed-panel button:has-text("Copied")').waitFor();
  await p.click('.embed-toggle');
  assert.equal(await p.getAttribute('.embed-toggle', 'aria-expanded'), 'false');
  assert.equal(await p.isVisible('#embed-panel'), false);
  assert.deepEqual(await p.problems(), []);
  await context.close();
});
