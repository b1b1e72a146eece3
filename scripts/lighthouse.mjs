// Lighthouse (npm lighthouse@12.2.3, mobile emulation with simulated throttling, the system
// Chromium) on a built site served locally with compression, as a static host would.
// Usage: node scripts/lighthouse.mjs [DIST]
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { serve } from '../tests/e2e/static-server.mjs';

const dist = resolve(process.argv[2] || 'dist');
const server = await serve(dist);
const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
try {
  // Asynchronous: the server answering Lighthouse runs in this process.
  await promisify(execFile)(join(import.meta.dirname, '../node_modules/.bin/lighthouse'), [
    server.url, '--chrome-path=/usr/bin/chromium', '--quiet', '--output=json', `--output-path=${out}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
  ]);
} finally {
  await server.close();
}
const report = JSON.parse(readFileSync(out, 'utf8'));
for (const [name, category] of Object.entries(report.categories)) console.log(`${name}: ${Math.round(category.score * 100)}`);
for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) {
  console.log(`${report.audits[id].title}: ${report.audits[id].displayValue}`);
}
