// Briefing Explorer service worker, written by the build: do not edit where it is published.
// Each deploy has its own cache holding exactly its precached files (the explorer's assets, and
// the page or the site's index), each checked against its revision, so a cache never mixes two
// deploys; files that did not change are taken over from the previous cache, not downloaded
// again. Pages are fetched from the network first (readers get a new briefing on their next
// visit); each page a reader opens is kept, so it opens offline too.
'use strict';

const BUILD = '__BUILD__';
const ASSETS = '__ASSETS__';
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope;
const PREFIX = 'briefing-explorer:' + SCOPE + ':';
const CACHE = PREFIX + BUILD;
// Opened pages, kept while the assets they were built with stay.
const PAGES = PREFIX + 'pages:' + ASSETS;
const NAVIGATION_TIMEOUT_MS = 4000;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function hasRevision(response, revision) {
  const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
  return digest.startsWith(revision);
}

/** The file at `path` with this revision: from an earlier cache if one has it, else the network. */
async function checked(path, revision) {
  const url = new URL(path, SCOPE).href;
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX) || key === CACHE) continue;
    const cached = await caches.match(url, { cacheName: key });
    if (cached && await hasRevision(cached, revision)) return cached;
  }
  const response = await fetch(new Request(path, { cache: 'reload' }));
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  // A file from another deploy fails the install; the previous worker keeps serving.
  if (!await hasRevision(response, revision)) throw new Error(path + ' belongs to another deploy');
  return response;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async ([path, revision]) => {
      await cache.put(new URL(path, SCOPE).href, await checked(path, revision));
    }));
    await self.skipWaiting();
  })().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE && key !== PAGES).map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

/** A page's address without its query: `?topic=…` views are the same page. */
function pageKey(url) {
  const u = new URL(url);
  u.search = '';
  u.hash = '';
  return u.href;
}

async function keep(url, response) {
  const type = response.headers.get('content-type') || '';
  if (response.ok && response.type === 'basic' && type.startsWith('text/html')) {
    await (await caches.open(PAGES)).put(pageKey(url), response);
  }
}

/** The text of the new page's summary of its changes (`data-changes`), entities decoded. */
function changesText(html) {
  const found = html.match(/\sdata-changes=(?:"[^"]*"|[^\s>]*)[^>]*>([^<]*)</);
  if (!found) return '';
  const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
  return found[1].replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name) => entities[name]);
}

// A page asks which version of itself is published now: the worker looks (the network, not a
// cache) and answers with the `data-build` it finds and what that version changed, so an open
// page can offer the new one and say why.
self.addEventListener('message', (event) => {
  if (event.origin !== location.origin || event.data !== 'version' || !event.source) return;
  event.waitUntil((async () => {
    const url = pageKey(event.source.url);
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) return;
    await keep(url, response.clone());
    const html = await response.text();
    const found = html.match(/<html[^>]*\sdata-build="?([^"\s>]+)/);
    if (found) event.source.postMessage({ briefingExplorerVersion: found[1], changes: changesText(html) });
  })().catch(() => {}));
});

async function fromNetwork(request) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Offline: the precached page at this address, else the page as the reader last opened it,
 * else the start page. */
async function offlinePage(url) {
  const key = pageKey(url);
  const precached = key.endsWith('/') ? key + 'index.html' : key;
  return (await caches.match(precached, { cacheName: CACHE }))
    || (await caches.match(key, { cacheName: PAGES }))
    || (await caches.match(new URL('index.html', SCOPE).href, { cacheName: CACHE }))
    || Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        const response = await fromNetwork(request);
        event.waitUntil(keep(request.url, response.clone()));
        return response;
      } catch (_) {
        return offlinePage(request.url);
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(request.url, { cacheName: CACHE });
    return cached || fetch(request);
  })());
});
