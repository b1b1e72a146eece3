// Briefing Explorer host script. On your page:
//   <div data-briefing-explorer data-src="https://example.org/briefing/?embed"></div>
//   <script src="https://example.org/briefing/embed.js" async></script>
// It turns each such element into an iframe that sizes itself to the explorer, and (unless
// data-deep-link="off") keeps the reader's view in this page's address under ?briefing=...
// (or data-param="..."), so a shared link opens the explorer in the same state.
// No inline script is needed, so it works under a strict Content-Security-Policy.
(function () {
  'use strict';
  var KEYS = ['topic', 'status', 'q', 'outlet', 'claim', 'view'];
  var MAX_QUERY = 2000;

  // Keeps only the explorer's own state keys, re-encoded: nothing else passes into a URL.
  function cleanQuery(query) {
    if (typeof query !== 'string' || query.length > MAX_QUERY) return '';
    var out = new URLSearchParams();
    new URLSearchParams(query).forEach(function (value, key) {
      if (KEYS.indexOf(key) >= 0 && value.length <= 500) out.append(key, value);
    });
    return out.toString();
  }

  function mirror(param, query) {
    var url = new URL(location.href);
    if (query) url.searchParams.set(param, query);
    else url.searchParams.delete(param);
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
  }

  function setUp(host) {
    if (host.getAttribute('data-briefing-explorer-ready') !== null) return;
    host.setAttribute('data-briefing-explorer-ready', '');
    var src;
    try {
      src = new URL(host.getAttribute('data-src') || '', document.baseURI);
    } catch (_) {
      return;
    }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
    var param = host.getAttribute('data-param') || 'briefing';
    var deepLink = host.getAttribute('data-deep-link') !== 'off';

    var state = deepLink ? cleanQuery(new URLSearchParams(location.search).get(param) || '') : '';
    if (state) {
      KEYS.forEach(function (key) { src.searchParams.delete(key); });
      new URLSearchParams(state).forEach(function (value, key) { src.searchParams.append(key, value); });
    }
    if (!src.searchParams.has('embed')) src.searchParams.set('embed', '');
    src.searchParams.set('parentUrl', location.origin);

    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = host.getAttribute('data-title') || 'Briefing explorer';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    frame.setAttribute('allow', 'clipboard-write');
    frame.setAttribute('scrolling', 'no');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = (parseInt(host.getAttribute('data-height'), 10) || 640) + 'px';
    host.appendChild(frame);

    window.addEventListener('message', function (event) {
      if (event.origin !== src.origin || event.source !== frame.contentWindow) return;
      if (typeof event.data !== 'string' || event.data.length > MAX_QUERY + 200) return;
      var message;
      try {
        message = JSON.parse(event.data);
      } catch (_) {
        return;
      }
      if (!message || typeof message !== 'object' || message.briefingExplorer !== 1) return;
      if (message.type === 'height' && typeof message.height === 'number' && isFinite(message.height)) {
        frame.style.height = Math.max(60, Math.min(100000, Math.ceil(message.height))) + 'px';
      } else if (message.type === 'state' && typeof message.query === 'string' && deepLink) {
        mirror(param, cleanQuery(message.query));
      }
    });
  }

  function scan() {
    var hosts = document.querySelectorAll('[data-briefing-explorer]');
    for (var i = 0; i < hosts.length; i++) setUp(hosts[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
