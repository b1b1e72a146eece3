// Browser benchmark of the built explorer for synthetic briefings of 100, 1,000 and 10,000
// claims, in headless Chromium on this machine:
// - click on a topic or status control -> next paint (median and worst of 30 clicks, each from
//   a settled page, as a reader's clicks are: 150 ms apart; each one switching between the
//   whole briefing and one topic or status), and the
//   script, style and layout time the click cost (Chrome's own counters, via the DevTools
//   protocol): the part the explorer controls, without painting, which in this GPU-less
//   headless browser is done in software;
// - navigation -> interactive (the app has hydrated and applied the URL), median of 5 loads;
// - WebAssembly memory and JS heap after load.
// Usage: node scripts/bench-browser.mjs [SIZES...]   (builds each site with scripts/build)
import { dirname, join } from 'node:path';
import { serve, launch, buildSite, synthBriefing } from '../tests/e2e/helpers.mjs';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const CLAIMS = sizes.length ? sizes : [100, 1000, 10000];
const CLICKS = 30;
const LOADS = 5;
const SETTLE = 150;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const ms = (x) => `${x.toFixed(1)} ms`;

function site(claims) {
  const file = synthBriefing(claims);
  return buildSite(file, { dist: join(dirname(file), 'dist') });
}

// No frame-rate limit: a paint happens as soon as there is something to paint, so the numbers
// measure the explorer, not the wait for the next 60 Hz frame.
const browser = await launch({ args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
const rows = [];
for (const claims of CLAIMS) {
  const dist = site(claims);
  const server = await serve(dist);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    new MutationObserver((_, observer) => {
      if (document.querySelector('.explorer[data-hydrated]') && !document.documentElement.classList.contains('restoring')) {
        window.__interactive = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  const loads = [];
  let page;
  for (let i = 0; i < LOADS; i++) {
    page?.close();
    page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__interactive !== undefined);
    loads.push(await page.evaluate(() => window.__interactive));
  }
  const memory = await page.evaluate(() => ({ wasm: window.__wasm?.memory?.buffer.byteLength ?? 0, heap: performance.memory?.usedJSHeapSize ?? 0 }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name) => metrics.find((m) => m.name === name).value * 1000;
    return value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration');
  };
  const topics = await page.$$eval('[data-topic]', (bs) => bs.map((b) => b.dataset.topic));
  // Every click goes from the whole briefing to one topic or status, or back: each one
  // replaces most of the list, as a reader's first choices do. (Adding topic after topic
  // changes less and times better; that would flatter the numbers.)
  const controls = [...topics.flatMap((t) => [`[data-topic="${t}"]`, `[data-topic="${t}"]`]), '[data-status="unconfirmed"]', '[data-status="all"]', '[data-status="confirmed"]', '[data-status="all"]'];
  const paints = [];
  const work = [];
  for (let i = 0; i < CLICKS; i++) {
    const selector = controls[i % controls.length];
    const before = await mainThread();
    const elapsed = await page.evaluate((sel) => new Promise((done) => {
      const control = document.querySelector(sel);
      const shownBefore = document.querySelectorAll('article').length + control.getAttribute('aria-pressed');
      const start = performance.now();
      control.click();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const changed = document.querySelectorAll('article').length + control.getAttribute('aria-pressed') !== shownBefore;
          done(changed ? performance.now() - start : -1);
        };
        channel.port2.postMessage(0);
      });
    }), selector);
    if (elapsed < 0) throw new Error(`${selector}: the click changed nothing`);
    paints.push(elapsed);
    await page.waitForTimeout(SETTLE);
    work.push((await mainThread()) - before);
  }
  rows.push({ claims, paintMedian: median(paints), paint90: p90(paints), paintWorst: max(paints), firstClick: paints[0], workMedian: median(work), workWorst: max(work), interactive: median(loads), wasm: memory.wasm, heap: memory.heap });
  await context.close();
  await server.close();
}
await browser.close();

console.log('| claims | click → next paint (median / 90th percentile / worst; first click) | script + style + layout per click (median / worst) | navigation → interactive (median) | wasm memory | JS heap |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.claims.toLocaleString('en')} | ${ms(r.paintMedian)} / ${ms(r.paint90)} / ${ms(r.paintWorst)}; ${ms(r.firstClick)} | ${ms(r.workMedian)} / ${ms(r.workWorst)} | ${ms(r.interactive)} | ${(r.wasm / 1048576).toFixed(1)} MB | ${(r.heap / 1048576).toFixed(1)} MB |`);
}
