// Offline after the first load: the service worker's precache, a stopped server, a new deploy
// of a changed briefing, and places where no worker can run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, watchedPage, ready, until, controlled, shownClaimIds, exportJson, buildSite, ROOT, DIST } from './helpers.mjs';

let browser, briefing, changedDist, changed;

/** Every file of a built site, as `/`-separated paths. */
const allFiles = (dir) => {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [relative(dir, join(d, n))]));
  return walk(dir).sort();
};

/** The precache list written into a build's sw.js. */
function precacheOf(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/s)[1]);
}

/** `node scripts/serve.mjs DIR PORT` as its own process, so the test can stop it for real. */
async function serverProcess(dir, port = 0) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), dir, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((ok, fail) => {
    child.stdout.on('data', (chunk) => {
      const m = String(chunk).match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) ok(m[0]);
    });
    child.on('exit', () => fail(new Error('server exited')));
  });
  return {
    url,
    origin: url.slice(0, -1),
    port: Number(new URL(url).port),
    stop: () => new Promise((ok) => { child.removeAllListeners('exit'); child.on('exit', ok); child.kill('SIGTERM'); }),
  };
}

/** A page of `server`'s explorer, once its service worker controls it. */
async function openControlled(server) {
  const context = await browser.newContext();
  const page = await watchedPage(context, [server.origin]);
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  return { context, page };
}

/** Which build the page's HTML and its WebAssembly came from: they must always agree. */
async function builds(page) {
  return page.evaluate(() => ({ html: document.documentElement.dataset.build, wasm: document.querySelector('.explorer').dataset.version }));
}

before(async () => {
  browser = await launch();
  briefing = exportJson();
  // The same briefing, edited: a new title and one more claim, as a newsroom would update it.
  const text = readFileSync(join(ROOT, 'data/briefing.md'), 'utf8')
    .replace("Venezuela's Diplomatic Shift:", "Venezuela's Diplomatic Shift, Updated:")
    .replace('### Conclusion:', '- **Update**: Officials met again on Friday [https://apnews.com/article/update-0001]. ### Conclusion:');
  const dir = mkdtempSync(join(tmpdir(), 'briefing-changed-'));
  writeFileSync(join(dir, 'changed.md'), text);
  changed = exportJson(join(dir, 'changed.md'));
  changedDist = buildSite(join(dir, 'changed.md'));
});

after(async () => {
  await browser?.close();
});

test('the precache list is exactly the files of the build, with their revisions', () => {
  for (const dir of [DIST, changedDist]) {
    const files = allFiles(dir).filter((f) => f !== 'sw.js' && f !== '_headers');
    const precache = precacheOf(dir);
    assert.deepEqual(precache.map(([path]) => path), files);
    for (const [path, revision] of precache) {
      const digest = createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
      assert.ok(digest.startsWith(revision), `${path}: stale revision`);
    }
  }
  assert.notDeepEqual(precacheOf(DIST), precacheOf(changedDist), 'a new briefing is a new precache');
});

test('after one visit the full explorer works with the server stopped', async () => {
  const server = await serverProcess(DIST);
  const { context, page } = await openControlled(server);
  await server.stop();
  await page.reload();
  await ready(page);
  assert.deepEqual(await shownClaimIds(page), briefing.claims.map((c) => c.id));
  const topic = briefing.topics[0].id;
  await page.click(`[data-topic="${topic}"]`);
  assert.deepEqual(await shownClaimIds(page), briefing.claims.filter((c) => c.topics.includes(topic)).map((c) => c.id));
  const hrefs = await page.$$eval('article ol.sources a', (as) => as.map((a) => a.href));
  assert.ok(hrefs.length > 0 && hrefs.every((h) => h.startsWith('https://')));
  const built = await builds(page);
  assert.equal(built.html, built.wasm);
  // A deep link that was never visited opens offline too.
  await page.goto(`${server.url}?status=unconfirmed&embed`);
  await ready(page);
  assert.deepEqual(await shownClaimIds(page), briefing.claims.filter((c) => c.status === 'unconfirmed').map((c) => c.id));
  await context.close();
});

test('a new deploy shows on the next navigation and never mixes two builds', async () => {
  const server = await serve(DIST);
  const builtFiles = { [await readBuild(DIST)]: new Set(allFiles(DIST)), [await readBuild(changedDist)]: new Set(allFiles(changedDist)) };
  const context = await browser.newContext();
  const page = await watchedPage(context, [server.origin]);
  const seen = [];
  async function check() {
    await ready(page);
    const built = await builds(page);
    assert.equal(built.html, built.wasm, 'HTML and WebAssembly come from one build');
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
    for (const file of resources.filter((r) => /-[0-9a-f]{8,16}(_bg)?\.(js|wasm)$/.test(r))) {
      assert.ok(builtFiles[built.html].has(file), `${file} is not from build ${built.html}`);
    }
    seen.push(built.html);
    return built.html;
  }
  await page.goto(server.url);
  const first = await check();
  await controlled(page);
  server.setDir(changedDist);
  await page.reload();
  const second = await check();
  assert.notEqual(second, first, 'the new briefing shows on the first navigation after the deploy');
  assert.equal(await page.textContent('h1#briefing-title'), changed.title);
  // Once the new worker has taken over, the new briefing is what works offline.
  const newCache = readFileSync(join(changedDist, 'sw.js'), 'utf8').match(/const BUILD = '([^']+)'/)[1];
  await until(page, async (build) => {
    // Beside the pages a reader opened, which stay while the assets do.
    const keys = (await caches.keys()).filter((key) => !key.includes(':pages:'));
    return keys.length === 1 && keys[0].endsWith(`:${build}`);
  }, newCache, { what: 'the new build to be the only cache of files' });
  await server.close();
  await page.reload();
  assert.equal(await check(), second);
  assert.deepEqual(await shownClaimIds(page), changed.claims.map((c) => c.id));
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('a reader with the old version open is offered the new one', async () => {
  const server = await serve(DIST);
  const { context, page } = await openControlled(server);
  assert.equal(await page.isVisible('#explorer-update'), false);
  server.setDir(changedDist);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.locator('#explorer-update button', { hasText: 'Reload' }).waitFor({ timeout: 20000 });
  assert.match(await page.textContent('#explorer-update'), /^A newer version of this briefing is available. Reload$/);
  await page.click('#explorer-update button');
  await page.waitForFunction((title) => document.querySelector('h1#briefing-title')?.textContent === title, changed.title);
  await ready(page);
  const built = await builds(page);
  assert.equal(built.html, built.wasm);
  await server.close();
  await context.close();
});

test('where no worker can run, the explorer still works without errors', async () => {
  const site = await serve(DIST);
  const host = await serve(null, {
    routes: {
      '/sandboxed.html': { body: `<!doctype html><title>Host</title><link rel="icon" href="data:,"><iframe title="explorer" src="${site.url}?embed" width="100%" height="600" sandbox="allow-scripts"></iframe>` },
    },
  });
  const context = await browser.newContext();
  const page = await watchedPage(context, [site.origin, host.origin]);
  await page.goto(`${host.url}sandboxed.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('.explorer[data-hydrated]');
  await frame.click('[data-status="unconfirmed"]');
  const shown = await frame.$$eval('article[data-claim-id]', (as) => as.map((a) => a.getAttribute('data-claim-id')));
  assert.deepEqual(shown, briefing.claims.filter((c) => c.status === 'unconfirmed').map((c) => c.id));
  assert.equal(await frame.evaluate(() => { try { return navigator.serviceWorker.controller; } catch { return 'blocked'; } }), 'blocked');
  assert.deepEqual(await page.problems(), []);
  await context.close();
  await site.close();
  await host.close();
});

/** The build id written on `<html>` of a built site. */
async function readBuild(dir) {
  return readFileSync(join(dir, 'index.html'), 'utf8').match(/data-build="([^"]+)"/)[1];
}
