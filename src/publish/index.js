// Search across every briefing of the site, on the index's pages. Without JavaScript the index
// is a plain list with topic and page links; with it, the search form appears. A search reads
// the word list of each query word's first two letters (`search/w-<hex>.json`, when
// `search/keys.json` says there is one) and the
// descriptions of the briefings found (`search/m-<k>.json`), fetched from this site only and
// kept for the visit. Words are compared folded (lower case, no accents) and by prefix, all
// of them required, as the explorer's own search does.
(function () {
  const form = document.querySelector('.site-search');
  if (!form) return;
  const input = form.querySelector('input[type=search]');
  const list = document.querySelector('.site-list');
  const pager = document.querySelector('.pager');
  const status = document.querySelector('.site-status');
  const base = form.getAttribute('data-search');
  const chunk = Number(form.getAttribute('data-chunk'));
  const topic = form.getAttribute('data-topic');
  const plural = new Intl.PluralRules(form.getAttribute('data-lang'));
  const assets = document.documentElement.getAttribute('data-assets') || './';
  const original = Array.from(list.children);
  const loaded = new Map();
  let latest = 0;
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }
  function words(text) {
    return (fold(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) || [])
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => Array.from(w).length >= 2);
  }
  function hex(word) {
    return Array.from(new TextEncoder().encode(Array.from(word).slice(0, 2).join('')), (b) => b.toString(16).padStart(2, '0')).join('');
  }
  function load(name) {
    if (!loaded.has(name)) {
      loaded.set(name, fetch(base + name).then((r) => {
        if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
        return r.json();
      }).catch((error) => { loaded.delete(name); throw error; }));
    }
    return loaded.get(name);
  }
  async function matching(word) {
    const keys = await load('keys.json');
    const key = hex(word);
    const lists = (keys.includes(key) && await load('w-' + key + '.json')) || {};
    const found = new Set();
    for (const [w, ids] of Object.entries(lists)) if (w.startsWith(word)) for (const id of ids) found.add(id);
    return found;
  }
  function message(name, values) {
    return (form.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, (_, key) => values[key]);
  }
  function show(items, text) {
    list.replaceChildren(...items);
    if (pager) pager.hidden = items !== original;
    status.textContent = text;
  }
  function item(stem, title, day, date, counts, lang) {
    const li = document.createElement('li');
    li.setAttribute('data-briefing', stem);
    const article = document.createElement('article');
    article.lang = lang;
    const h2 = document.createElement('h2');
    h2.dir = 'auto';
    const a = document.createElement('a');
    a.href = assets + encodeURIComponent(stem) + '/';
    a.textContent = title;
    h2.append(a);
    const meta = document.createElement('p');
    meta.className = 'meta';
    const time = document.createElement('time');
    time.dateTime = day;
    time.textContent = date;
    meta.append(time, ' · ' + counts);
    article.append(h2, meta);
    li.append(article);
    return li;
  }
  async function search() {
    const query = input.value.trim();
    const run = ++latest;
    const terms = [...new Set(words(query))];
    if (!terms.length) return show(original, '');
    try {
      const sets = await Promise.all(terms.map(matching));
      let ids = [...sets[0]].filter((id) => sets.every((s) => s.has(id))).sort((a, b) => a - b);
      const chunks = await Promise.all([...new Set(ids.map((id) => Math.floor(id / chunk)))].map((k) => load('m-' + k + '.json').then((m) => [k, m || []])));
      if (run !== latest) return;
      const described = new Map(chunks);
      let found = ids.map((id) => described.get(Math.floor(id / chunk))[id % chunk]).filter(Boolean);
      if (topic) found = found.filter((d) => d[5].includes(topic));
      const shown = found.slice(0, 50).map((d) => item(d[0], d[1], d[2], d[3], d[4], d[6]));
      const text = found.length
        ? message('results-' + plural.select(found.length), { n: found.length, search: query })
        : message('no-results', { search: query });
      show(shown, text);
    } catch (_) {
      if (run === latest) show(original, form.getAttribute('data-unavailable'));
    }
  }
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  const asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    search();
  }
})();
