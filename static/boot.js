// Inlined into <head> by Trunk (its hash goes into the Content-Security-Policy at build time).
// Runs before first paint so the prerendered page already has the right shape:
// - `js`: the controls will work, show them;
// - `embed`: the compact embed view (same HTML, different chrome);
// - `restoring`: the URL asks for a filtered view; hide the list until the app applies it,
//   so readers never see the full list jump to the filtered one.
// It also turns a crash of the WebAssembly (a Rust panic traps) into a short message above the
// prerendered claims, which stay readable; the details are in the console.
(function (root, search) {
  function crashed(error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return;
    var slot = document.getElementById('explorer-alert');
    if (slot && !slot.textContent) {
      slot.textContent = 'Something went wrong and the filters stopped working. ' +
        'The claims and sources shown are still correct; reload the page to try again.';
    }
  }
  addEventListener('error', function (event) { crashed(event.error); });
  addEventListener('unhandledrejection', function (event) { crashed(event.reason); });
  root.classList.add('js');
  if (/(?:^|[?&])embed(?:[=&]|$)/.test(search)) root.classList.add('embed');
  if (/(?:^|[?&])(?:topic|status|q|outlet|claim|view)=/.test(search)) {
    root.classList.add('restoring');
    setTimeout(function () { root.classList.remove('restoring'); }, 3000);
  }
})(document.documentElement, location.search);
