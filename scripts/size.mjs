// Size report of a built site: raw, gzip and brotli bytes per file and in total, and the
// first-load transfer checked against the budget.
// Usage: node scripts/size.mjs [DIST] [--check] [--beside OTHER_DIST]
//   --check   exit 1 when DIST's first load is over the budget
//   --beside  also print OTHER_DIST's first load (e.g. the nightly build beside the stable one)
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET = 100 * 1024;
const args = process.argv.slice(2);
const check = args.includes('--check');
const besideAt = args.indexOf('--beside');
const beside = besideAt >= 0 ? args[besideAt + 1] : null;
const dist = args.find((a, i) => !a.startsWith('--') && (besideAt < 0 || i !== besideAt + 1)) || 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// What a reader's browser downloads to show and run the explorer: the page (with its inlined
// CSS, loader and briefing), the JS glue and WebAssembly, the embed child script and the icon.
// The service worker, manifest and install icons come after load.
const firstLoad = (name) => name === 'index.html' || /^briefing-explorer-.*\.(js|wasm)$/.test(name) || /^child-.*\.js$/.test(name) || name === 'icons/icon.svg';

function measure(dir) {
  return files(dir).sort().map((path) => {
    const bytes = readFileSync(path);
    const name = relative(dir, path);
    return {
      name,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      first: firstLoad(name),
    };
  });
}
const total = (list, key) => list.reduce((sum, r) => sum + r[key], 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (v, n) => String(v).padStart(n);

const rows = measure(dist);
console.log(`${dist}\n${'file'.padEnd(48)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}  first load`);
for (const r of rows) console.log(`${r.name.padEnd(48)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}  ${r.first ? 'yes' : ''}`);
const first = rows.filter((r) => r.first);
console.log(`${'first load'.padEnd(48)}${pad(total(first, 'raw'), 10)}${pad(total(first, 'gzip'), 10)}${pad(total(first, 'brotli'), 10)}`);
console.log(`${'everything'.padEnd(48)}${pad(total(rows, 'raw'), 10)}${pad(total(rows, 'gzip'), 10)}${pad(total(rows, 'brotli'), 10)}`);
const brotli = total(first, 'brotli');
console.log(`first-load transfer (brotli) of ${dist}: ${kb(brotli)} of a ${BUDGET / 1024} KB budget`);
if (beside) {
  if (existsSync(beside)) {
    console.log(`first-load transfer (brotli) of ${beside}: ${kb(total(measure(beside).filter((r) => r.first), 'brotli'))}`);
  } else {
    console.log(`${beside}: not built`);
  }
}
if (check && brotli > BUDGET) {
  console.error(`over budget by ${kb(brotli - BUDGET)}`);
  process.exit(1);
}
