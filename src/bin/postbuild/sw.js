// Briefing Explorer service worker, written by the post-build step: do not edit in dist/.
// Each build has its own cache holding exactly the build's files, each checked against its
// revision, so a cache never mixes two builds. Pages are fetched from the network first
// (readers get a new briefing on their next visit) and from this cache when it is gone.
'use strict';

const BUILD = '__BUILD__';
// The briefing's version: pages compare it with their own to offer a reload.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const SCOPE = self.registration.scope;
const PREFIX = 'briefing-explorer:' + SCOPE + ':';
const CACHE = PREFIX + BUILD;
const NAVIGATION_TIMEOUT_MS = 4000;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await Promise.all(PRECACHE.map(async ([path, revision]) => {
      const response = await fetch(new Request(path, { cache: 'reload' }));
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      const digest = hex(await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer()));
      // A file from another deploy fails the install; the previous worker keeps serving.
      if (!digest.startsWith(revision)) throw new Error(path + ' belongs to another build');
      await cache.put(new URL(path, SCOPE).href, response);
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
    await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.origin === location.origin && event.data === 'version' && event.source) {
    event.source.postMessage({ briefingExplorerVersion: VERSION });
  }
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      try {
        return await fromNetwork(request);
      } catch (_) {
        const cached = await caches.match(new URL('index.html', SCOPE).href, { cacheName: CACHE });
        return cached || Response.error();
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(request.url, { cacheName: CACHE });
    return cached || fetch(request);
  })());
});
