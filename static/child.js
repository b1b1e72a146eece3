// The embedded side of Briefing Explorer: tells the page around the iframe how tall the
// explorer is (and which view the reader chose), in two dialects:
// - pym.js (NPR's responsive iframes, already loaded by many newsroom CMSs): string messages
//   "pymxPYMx<childId>xPYMxheightxPYMx<px>", answering the parent's "width" messages;
// - our own host script (embed.js): JSON {"briefingExplorer":1,"type":"height"|"state",...}.
// It works before the WebAssembly loads, since the prerendered page already has its height.
(function () {
  'use strict';
  if (window.parent === window) return;

  var D = 'xPYMx';
  var params = new URLSearchParams(location.search);
  var pymId = params.get('childId');
  if (pymId && !/^[\w-]{1,100}$/.test(pymId)) pymId = null;

  function originOf(url) {
    try {
      var u = new URL(url);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
    } catch (_) {
      return null;
    }
  }
  // The browser's own record of the parent wins over what the URL claims.
  var ancestors = location.ancestorOrigins;
  var parentOrigin = (ancestors && ancestors.length && originOf(ancestors[0])) ||
    originOf(params.get('parentUrl') || '') || originOf(document.referrer || '');
  if (!parentOrigin) return;

  function post(message) {
    try {
      window.parent.postMessage(message, parentOrigin);
    } catch (_) { /* the parent went away */ }
  }

  var lastHeight = -1;
  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }
  function sendHeight(force) {
    var h = height();
    if (!force && h === lastHeight) return;
    lastHeight = h;
    if (pymId) post(['pym', pymId, 'height', String(h)].join(D));
    post(JSON.stringify({ briefingExplorer: 1, type: 'height', height: h }));
  }

  var lastState = null;
  function sendState() {
    var explorer = document.querySelector('.explorer[data-state]');
    if (!explorer) return;
    var state = explorer.getAttribute('data-state') || '';
    if (state === lastState) return;
    lastState = state;
    post(JSON.stringify({ briefingExplorer: 1, type: 'state', query: state }));
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    if (typeof event.data !== 'string' || event.data.length > 200 || !pymId) return;
    var parts = event.data.split(D);
    if (parts.length === 4 && parts[0] === 'pym' && parts[1] === pymId && parts[2] === 'width' && /^\d{1,6}$/.test(parts[3])) {
      sendHeight(true);
    }
  });

  // Heights are only sent when they change, so a parent that resizes the frame in answer
  // cannot start a loop: the explorer's height never depends on the frame's height.
  if (window.ResizeObserver) new ResizeObserver(function () { sendHeight(false); }).observe(document.documentElement);
  window.addEventListener('load', function () { sendHeight(false); });
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(function () { sendHeight(false); });
  var app = document.getElementById('app');
  if (app && window.MutationObserver) {
    new MutationObserver(sendState).observe(app, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
  }
  sendHeight(true);
  sendState();
})();
