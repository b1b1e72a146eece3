// "Embed this": the snippets a newsroom pastes into an article. Loaded by the page's boot
// script only when someone opens the panel, so readers never download it. The embed starts in
// the view on screen (the explorer's `data-state`: topics, status, search, language); the
// height field sets the script-less iframe's height. The words come from the panel's data
// attributes, which the explorer writes in the page's language.
const panel = document.getElementById('embed-panel');
const embed = panel.closest('.embed');
const toggle = embed.querySelector('.embed-toggle');
let height = 640;

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The script form and the plain iframe form for the view on screen. */
function snippets() {
  const base = location.origin + location.pathname;
  const query = document.querySelector('.explorer[data-state]')?.getAttribute('data-state') || '';
  let src = base + '?embed' + (query ? '&' + query : '');
  if (!/(?:^|&)lang=/.test(query)) src += '&lang=' + encodeURIComponent(document.documentElement.lang);
  // embed.js sits with the shared assets, beside this module.
  const host = new URL('embed.js', import.meta.url).href;
  const title = escape(document.getElementById('briefing-title')?.textContent || '');
  return {
    script: `<div data-briefing-explorer data-src="${src}" data-height="${height}" data-title="${title}"></div>\n<script src="${host}" async></script>`,
    iframe: `<iframe src="${src}" title="${title}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
  };
}

function word(name) {
  return embed.getAttribute('data-' + name) || '';
}

function copyButton(which) {
  const button = document.createElement('button');
  button.type = 'button';
  const label = document.createElement('span');
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  button.append(label, hidden);
  button.addEventListener('click', async () => {
    const text = document.getElementById('embed-' + which).value;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch (_) { /* a frame without clipboard-write, or a refusal */ }
    button.dataset.result = copied ? 'copied' : 'copy-failed';
    render();
  });
  return button;
}

const note = document.createElement('p');
const heightLabel = document.createElement('label');
heightLabel.className = 'embed-height';
const heightText = document.createTextNode('');
const heightInput = document.createElement('input');
Object.assign(heightInput, { name: 'height', type: 'number', min: 240, max: 4000, step: 10, value: height });
heightInput.addEventListener('change', () => {
  const value = parseInt(heightInput.value, 10);
  if (Number.isFinite(value)) height = Math.min(4000, Math.max(240, value));
  heightInput.value = height;
  render();
});
heightLabel.append(heightText, heightInput);
const parts = ['script', 'iframe'].map((which) => {
  const label = document.createElement('label');
  label.htmlFor = 'embed-' + which;
  const area = document.createElement('textarea');
  Object.assign(area, { id: 'embed-' + which, readOnly: true, rows: 3 });
  return { which, label, area, button: copyButton(which) };
});
panel.append(note, heightLabel, ...parts.flatMap((p) => [p.label, p.area, p.button]));

/** Writes the words and snippets as they are now: the view or the language may have changed. */
function render() {
  note.textContent = word('note');
  heightText.textContent = word('height');
  const texts = snippets();
  for (const part of parts) {
    part.label.textContent = word(part.which + '-label');
    part.area.value = texts[part.which];
    const [label, hidden] = part.button.children;
    label.textContent = word(part.button.dataset.result || 'copy');
    hidden.textContent = word('copy-hidden').replace('{snippet}', word(part.which + '-name'));
  }
}

new MutationObserver(() => { if (!panel.hidden) render(); }).observe(document.getElementById('app'), {
  attributes: true, subtree: true, attributeFilter: ['data-state', 'data-note'],
});

/** Opens or closes the panel. */
function toggleEmbedPanel() {
  panel.hidden = !panel.hidden;
  toggle.setAttribute('aria-expanded', String(!panel.hidden));
  if (!panel.hidden) render();
}

window.briefingExplorerEmbedPanel = toggleEmbedPanel;
toggleEmbedPanel();
