// Inlined into <head> by Trunk (its hash goes into the Content-Security-Policy at build time).
// Runs before first paint so the prerendered page already has the right shape:
// - `js`: the controls will work, show them;
// - `embed`: the compact embed view (same HTML, different chrome);
// - `restoring`: the URL asks for a filtered view or another language; hide the list until the
//   app applies it, so readers never see the full list jump to the filtered one;
// - `offline`: the browser has no connection; the page says it is showing the saved copy.
// It remembers which version of the briefing the reader saw (`data-seen`, for the explorer).
// It loads the embed panel's code when someone opens the panel.
// It keeps the explorer available offline with the service worker (release builds: `data-sw`
// is its address), and offers a reload when a new deploy's worker takes over and finds a newer
// version of this page.
// It also turns a crash of the WebAssembly (a Rust panic traps) into a short message above the
// prerendered claims, which stay readable; the details are in the console. Messages are in the
// page's language: the build writes them on the elements that show them.
(function (root, search) {
  function crashed(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    var slot = document.getElementById('explorer-alert');
    if (slot && !slot.textContent) slot.textContent = slot.getAttribute('data-message');
  }
  addEventListener('error', function (event) { crashed(event.error); });
  addEventListener('unhandledrejection', function (event) { crashed(event.reason); });
  root.classList.add('js');
  if (/(?:^|[?&])embed(?:[=&]|$)/.test(search)) root.classList.add('embed');
  if (/(?:^|[?&])(?:topic|status|q|outlet|claim|view|lang|changed)=/.test(search)) {
    root.classList.add('restoring');
    setTimeout(function () { root.classList.remove('restoring'); }, 3000);
  }
  // The embed panel is a newsroom's tool: its code loads the first time someone opens it, and
  // opens the panel when it has (then `briefingExplorerEmbedPanel` opens and closes it).
  var panelLoading = false;
  addEventListener('click', function (event) {
    var toggle = event.target.closest && event.target.closest('.embed-toggle');
    if (!toggle || toggle.disabled) return;
    if (window.briefingExplorerEmbedPanel) return window.briefingExplorerEmbedPanel();
    if (panelLoading) return;
    panelLoading = true;
    var script = document.createElement('script');
    script.type = 'module';
    // A site's pages share one copy of the assets (`data-assets`, e.g. `../`).
    script.src = (root.getAttribute('data-assets') || './') + 'embed-panel.js';
    document.head.append(script);
  });
  // What changed since the reader's last visit: the version they saw stays in this browser
  // (never sent anywhere), and the explorer reads it from `data-seen`. An earlier version's own
  // page (`data-earlier`) neither tells nor counts as a visit.
  var build = root.getAttribute('data-build');
  if (build && !root.hasAttribute('data-earlier')) {
    try {
      var key = 'briefing-explorer:seen:' + location.pathname;
      var seen = localStorage.getItem(key);
      if (seen) root.setAttribute('data-seen', seen);
      localStorage.setItem(key, build);
    } catch (e) { /* storage refused: a private mode or a sandbox */ }
  }
  function connectivity() { root.classList.toggle('offline', !navigator.onLine); }
  addEventListener('online', connectivity);
  addEventListener('offline', connectivity);
  connectivity();

  // A newer briefing is ready: say so, once, with what it changed (the new page's own words,
  // e.g. "Updated: 2 new claims.") and a button that loads it.
  function offerUpdate(changes) {
    var slot = document.getElementById('explorer-update');
    if (!slot || slot.firstChild) return;
    var reload = document.createElement('button');
    reload.type = 'button';
    reload.textContent = slot.getAttribute('data-reload');
    reload.addEventListener('click', function () { location.reload(); });
    slot.append(slot.getAttribute('data-message') + ' ' + (changes ? changes + ' ' : ''), reload);
  }
  var workers;
  // Not where it cannot be used: a frame sandboxed without same-origin (touching it throws),
  // `file:` or plain `http:` other than this machine.
  try { workers = isSecureContext && navigator.serviceWorker; } catch (e) { workers = null; }
  if (!workers) return;
  if (!root.hasAttribute('data-sw')) {
    // Development (`trunk serve`): remove any worker a release build left on this origin.
    workers.getRegistrations().then(function (all) { all.forEach(function (r) { r.unregister(); }); });
    return;
  }
  workers.register(root.getAttribute('data-sw')).catch(function () {});
  workers.addEventListener('controllerchange', function () {
    if (workers.controller) workers.controller.postMessage('version');
  });
  workers.addEventListener('message', function (event) {
    var version = event.data && event.data.briefingExplorerVersion;
    if (event.origin === location.origin && typeof version === 'string' && version !== root.getAttribute('data-build')) {
      offerUpdate(typeof event.data.changes === 'string' ? event.data.changes : '');
    }
  });
})(document.documentElement, location.search);
