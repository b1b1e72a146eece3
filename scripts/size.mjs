// Size report of the built site: raw, gzip and brotli bytes per file and in total, and the
// first-load transfer checked against the budget. Usage: node scripts/size.mjs [DIST] [--check]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 100 * 1024;
const args = process.argv.slice(2);
const check = args.includes('--check');
const dist = args.find((a) => !a.startsWith('--')) || 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// What a reader's browser downloads to show and run the explorer: the page (with its inlined
// CSS and loader), the JS glue and WebAssembly (with the briefing inside), the embed child
// script and the icon. The service worker, manifest and install icons come after load.
const firstLoad = (name) => name === 'index.html' || /^briefing-explorer-.*\.(js|wasm)$/.test(name) || /^child-.*\.js$/.test(name) || name === 'icons/icon.svg';

const rows = files(dist).sort().map((path) => {
  const bytes = readFileSync(path);
  const name = relative(dist, path);
  return {
    name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    first: firstLoad(name),
  };
});
const total = (list, key) => list.reduce((sum, r) => sum + r[key], 0);
const pad = (v, n) => String(v).padStart(n);
console.log(`${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}  first load`);
for (const r of rows) console.log(`${r.name.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}  ${r.first ? 'yes' : ''}`);
const first = rows.filter((r) => r.first);
console.log(`${'first load'.padEnd(48)}${pad(total(first, 'raw'), 10)}${pad(total(first, 'gzip'), 10)}${pad(total(first, 'brotli'), 10)}`);
console.log(`${'everything'.padEnd(48)}${pad(total(rows, 'raw'), 10)}${pad(total(rows, 'gzip'), 10)}${pad(total(rows, 'brotli'), 10)}`);
const brotli = total(first, 'brotli');
console.log(`first-load transfer (brotli): ${(brotli / 1024).toFixed(1)} KB of a ${BUDGET / 1024} KB budget`);
if (check && brotli > BUDGET) {
  console.error(`over budget by ${((brotli - BUDGET) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
