// A briefing published again by scripts/site, from version 1 to version 2: the new page marks
// each kind of change claim by claim and sums them up; version 1 stays at v/<version>/, working
// and marked as earlier; a reader who saw version 1 is told what changed since (a first-time
// reader is not), and a reader with version 1 open is offered version 2 with what it changed.
// Nothing published is lost: damaged earlier versions are reported and left alone; a briefing
// taken out of the source folder stays; only its editor file withdraws it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { serve, launch, watchedPage, ready, until, controlled, publishSite, violations, ROOT } from './helpers.mjs';

const V1 = join(ROOT, 'data/briefing.md');
const V2 = join(ROOT, 'crates/briefing/tests/fixtures/venezuela-v2.md');
const CORRECTION = 'An earlier version said the offer was made to European companies.';
const SUMMARY = 'Updated 3 January 2026: 1 new claim, 2 reworded, 1 status changed, 1 claim with new sources and 1 removed.';

let browser, server, src, dest, returning, v1, v2;

const pageFile = (...parts) => join(dest, 'venezuela', ...parts, 'index.html');
const buildOf = (file) => readFileSync(file, 'utf8').match(/data-build="?([^"\s>]+)/)[1];

function publish(now) {
  const run = publishSite(src, dest, now);
  assert.equal(run.code, 0, run.out);
  return run.out;
}

before(async () => {
  src = mkdtempSync(join(tmpdir(), 'versions-src-'));
  dest = mkdtempSync(join(tmpdir(), 'versions-dest-'));
  copyFileSync(V1, join(src, 'venezuela.md'));
  publish('2026-01-02T09:00:00Z');
  v1 = buildOf(pageFile());
  browser = await launch();
  server = await serve(dest);
  // A reader who reads version 1, and whose browser keeps the page under its worker.
  returning = await browser.newContext();
});
after(async () => {
  await returning?.close();
  await browser?.close();
  await server?.close();
});

async function open(context, path) {
  const page = await watchedPage(context, [server.origin]);
  await page.goto(server.url + path);
  await ready(page);
  return page;
}

const changes = (page) => page.$$eval('article[data-claim-id]', (all) => Object.fromEntries(
  all.filter((a) => a.dataset.change).map((a) => [a.querySelector('.claim-text').textContent.slice(0, 30), a.dataset.change])));

test('a first version says nothing of changes', async () => {
  const page = await open(returning, 'venezuela/');
  await controlled(page);
  for (const selector of ['[data-changes]', '[data-changes-since-visit]', '.show-changes', '.versions', '.removed', '.earlier-version']) {
    assert.equal(await page.locator(selector).count(), 0, selector);
  }
  assert.deepEqual(await changes(page), {});
  assert.deepEqual(await page.problems(), []);
});

test('a reader with version 1 open is offered version 2, told what it changed', async () => {
  const [page] = returning.pages();
  copyFileSync(V2, join(src, 'venezuela.md'));
  writeFileSync(join(src, 'venezuela.edits.toml'), `[[claim]]\ntext = "He also offered U.S. companies access"\ncorrection = "${CORRECTION}"\n`);
  publish('2026-01-03T09:00:00Z');
  v2 = buildOf(pageFile());
  assert.notEqual(v2, v1);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.locator('#explorer-update button').waitFor({ timeout: 20000 });
  assert.equal(await page.textContent('#explorer-update'), `A newer version of this briefing is available. ${SUMMARY} Reload`);
  await page.click('#explorer-update button');
  await page.waitForFunction((v) => document.documentElement.dataset.build === v, v2);
  await ready(page);
  // They saw version 1: the page says what changed since their visit.
  assert.match(await page.textContent('[data-changes-since-visit]'), /^Since your last visit: 1 new claim, 2 reworded, 1 status changed, 1 claim with new sources and 1 removed\.$/);
  assert.deepEqual(await page.problems(), []);
});

test('version 2 marks every change claim by claim, sums them up and filters them', async () => {
  const context = await browser.newContext();
  const page = await open(context, 'venezuela/');
  assert.deepEqual(await changes(page), {
    "Maduro's openness to dialogue ": 'rewritten status',
    'Maduro called the U.S. a "brot': 'rewritten',
    'The U.S. military has conducte': 'sources',
    "Venezuela's foreign minister a": 'added',
  });
  assert.equal(await page.textContent('[data-changes]'), SUMMARY);
  assert.equal(await page.getAttribute('[data-changes]', 'data-changes'), 'added:1 rewritten:2 status:1 sources:1 removed:1');
  await page.click('.removed summary');
  assert.match(await page.textContent('.removed li'), /^The outcome of these discussions could significantly impact/);

  // The status change shows both statuses, each with its reason.
  const confirmed = page.locator('article[data-change="rewritten status"]');
  assert.equal(await confirmed.locator('.badge.confirmed').count(), 1);
  await confirmed.locator('.reason summary').click();
  assert.match(await confirmed.locator('.reason p:not(.previous)').textContent(), /^Confirmed as reported: /);
  assert.equal(await confirmed.locator('.reason .previous').textContent(), 'Before this version: Unconfirmed: not verified (“not been officially confirmed”).');
  assert.match(await page.textContent('article:has-text("He also offered") .correction'), new RegExp(`^Correction, 3 January 2026: ${CORRECTION}$`));

  // "Show what changed": only the changed claims, kept in the address.
  await page.click('.show-changes');
  await page.waitForFunction(() => document.querySelectorAll('article[data-claim-id]').length === 4);
  assert.equal(await page.getAttribute('.show-changes', 'aria-pressed'), 'true');
  await page.waitForURL(/[?&]changed=1/);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('article[data-claim-id]').count(), 4);

  // First visit: nothing "since your last visit".
  assert.equal(await page.locator('[data-changes-since-visit]').count(), 0);
  // Its earlier versions, dated, in the colophon.
  await page.click('.versions summary');
  assert.equal(await page.getAttribute('.versions a', 'href'), `v/${v1}/`);
  assert.equal(await page.textContent('.versions a'), `Version ${v1} of 2 January 2026`);
  assert.deepEqual(await page.problems(), []);
  await context.close();
});

test('version 1 stays at v/<version>/, works, and leads to the current version', async () => {
  const context = await browser.newContext();
  const page = await open(context, `venezuela/v/${v1}/`);
  assert.equal(await page.getAttribute('html', 'data-build'), v1);
  assert.equal(await page.textContent('.earlier-version'), `This is an earlier version of this briefing (${v1}, 2 January 2026). See the current version`);
  assert.equal(await page.locator('[data-changes-since-visit], .versions, [data-change]').count(), 0);
  const before = await page.locator('article[data-claim-id]').count();
  await page.click('[data-status="unconfirmed"]');
  await page.waitForFunction((n) => document.querySelectorAll('article[data-claim-id]').length < n, before);
  await page.click('.earlier-version a');
  await page.waitForFunction((v) => document.documentElement.dataset.build === v, v2);
  assert.deepEqual(await page.problems(), []);
  await context.close();
  const axe = await browser.newContext({ bypassCSP: true });
  const checked = await open(axe, `venezuela/v/${v1}/`);
  assert.deepEqual(await violations(checked), []);
  await axe.close();
});

test('what changed since a visit is said once, and only to a returning reader', async () => {
  // The returning reader (test 2) has seen version 2 now.
  const page = await open(returning, 'venezuela/');
  assert.equal(await page.locator('[data-changes-since-visit]').count(), 0);
  assert.equal(await page.locator('[data-changes]').count(), 1, 'what the version changed stays');
  const axe = await browser.newContext({ bypassCSP: true });
  const checked = await open(axe, 'venezuela/');
  assert.equal(await checked.locator('[data-changes-since-visit]').count(), 0, 'a first visit');
  await checked.click('.show-changes');
  await checked.click('.versions summary');
  await checked.click('.removed summary');
  assert.deepEqual(await violations(checked), []);
  await axe.close();
});

test('the feeds give the briefing one entry, updated with each version', () => {
  const atom = readFileSync(join(dest, 'feed.xml'), 'utf8');
  assert.equal(atom.match(/<entry>/g).length, 1);
  assert.match(atom, /<updated>2026-01-03T09:00:00(?:\+00:00|Z)<\/updated>/);
  assert.match(atom, /<published>2026-01-02T09:00:00(?:\+00:00|Z)<\/published>/);
});

test('earlier versions are never rewritten; damaged ones are reported', () => {
  const earlier = readFileSync(pageFile('v', v1));
  writeFileSync(join(src, 'venezuela.md'), readFileSync(V2, 'utf8').replace('begin on Friday', 'begin on Saturday'));
  publish('2026-01-04T09:00:00Z');
  const v3 = buildOf(pageFile());
  assert.deepEqual(readFileSync(pageFile('v', v1)), earlier, 'version 1 as it was');
  assert.equal(buildOf(pageFile('v', v2)), v2);
  writeFileSync(pageFile('v', v1), '<!doctype html><title>damaged</title>');
  writeFileSync(join(src, 'venezuela.md'), readFileSync(V2, 'utf8'));
  const run = publishSite(src, dest, '2026-01-05T09:00:00Z');
  assert.equal(run.code, 1, 'an error to look at');
  assert.match(run.out, new RegExp(`v/${v1}/index\\.html:1:1: error: this earlier version is damaged; it is left as it is`));
  assert.equal(readFileSync(pageFile('v', v1), 'utf8'), '<!doctype html><title>damaged</title>');
  assert.equal(buildOf(pageFile('v', v3)), v3);
});

test('a briefing taken out of the folder stays published; its editor file withdraws it', () => {
  const current = readFileSync(pageFile());
  copyFileSync(join(ROOT, 'crates/briefing/tests/fixtures/red-sea.md'), join(src, 'red-sea.md'));
  rmSync(join(src, 'venezuela.md'));
  publish('2026-01-06T09:00:00Z');
  assert.deepEqual(readFileSync(pageFile()), current);
  assert.match(readFileSync(join(dest, 'index.html'), 'utf8'), /data-briefing="venezuela"/);
  writeFileSync(join(src, 'venezuela.edits.toml'), '[briefing]\nwithdrawn = true\n');
  publish('2026-01-06T10:00:00Z');
  assert.doesNotMatch(readFileSync(join(dest, 'index.html'), 'utf8'), /data-briefing="venezuela"/);
  assert.doesNotMatch(readFileSync(pageFile(), 'utf8'), /id="briefing-title"/);
  assert.ok(existsSync(pageFile('v', v1)), 'its earlier versions stay');
});
