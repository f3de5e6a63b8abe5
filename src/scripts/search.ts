/**
 * Browser code for the search page: Pagefind's JS API with our own accessible UI.
 * The URL carries the query, the filters and the sort order, so a search can be shared.
 */

interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: PagefindAnchor[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[]; filters?: FilterCounts; totalFilters?: FilterCounts } | null>;
  filters: () => Promise<FilterCounts>;
}

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', publisher: 'Publisher', year: 'Year' };
const PAGE_SIZE = 20;

/** Appends Pagefind's excerpt, keeping only its `<mark>` highlighting; the rest is text. */
function appendMarked(parent: HTMLElement, excerpt: string): void {
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(decodeEntities(part));
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        parent.append(mark);
      } else parent.append(text);
    }
  }
}

function decodeEntities(text: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${text.replace(/</g, '&lt;')}`, 'text/html');
  return doc.body.textContent ?? '';
}

/** The passages (anchors with `p-` ids) that hold the matches, best first, with a short excerpt each. */
function passageHits(data: PagefindResultData, limit: number): { id: string; excerpt: string }[] {
  const anchors = data.anchors.filter((a) => a.id.startsWith('p-')).sort((a, b) => a.location - b.location);
  if (anchors.length === 0) return [];
  const words = data.content.split(/\s+/);
  const byAnchor = new Map<string, number[]>();
  for (const loc of data.locations) {
    let anchor: PagefindAnchor | undefined;
    for (const a of anchors) {
      if (a.location <= loc) anchor = a;
      else break;
    }
    if (!anchor) continue;
    const list = byAnchor.get(anchor.id) ?? [];
    list.push(loc);
    byAnchor.set(anchor.id, list);
  }
  return [...byAnchor]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, limit)
    .map(([id, locs]) => {
      const first = Math.min(...locs);
      const start = Math.max(0, first - 8);
      const hits = new Set(locs);
      const parts: string[] = [];
      for (let i = start; i < Math.min(words.length, start + 24); i++) parts.push(hits.has(i) ? `<mark>${words[i]}</mark>` : (words[i] ?? ''));
      return { id, excerpt: `${start > 0 ? '… ' : ''}${parts.join(' ')} …` };
    });
}

function selectedFilters(form: HTMLFormElement): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const box of Array.from(form.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]'))) {
    if (!box.checked) continue;
    const key = box.dataset['filter']!;
    (out[key] ??= []).push(box.value);
  }
  return out;
}

function renderFilters(container: HTMLElement, counts: FilterCounts, chosen: Record<string, string[]>): void {
  container.replaceChildren();
  for (const key of ['kind', 'publisher', 'year']) {
    const values = counts[key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = FILTER_LABELS[key] ?? key;
    fieldset.append(legend);
    const entries = Object.entries(values).sort((a, b) => (key === 'year' ? (a[0] < b[0] ? 1 : -1) : b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
    for (const [value, count] of entries) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset['filter'] = key;
      box.name = `${key}`;
      box.value = value;
      box.checked = chosen[key]?.includes(value) ?? false;
      label.append(box, ` ${value} (${count})`);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
}

/** Reads the URL, runs the search and renders results; re-runs on every change of the form. */
export async function runSearchPage(base: string): Promise<void> {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  const filtersBox = document.getElementById('search-filters');
  const filtersDisclosure = document.getElementById('search-filters-box') as HTMLDetailsElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !sort || !filtersBox || !filtersDisclosure || !status || !list) return;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const chosen: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(key);
    if (values.length > 0) chosen[key] = values;
  }

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    const build = filtersBox.dataset['build'];
    // Pagefind runs on the page's own thread: a worker would first fetch its 43 KB script
    // and add a round trip before the index loads, while a query here takes milliseconds.
    await pagefind.options({ baseUrl: base, highlightParam: 'highlight', noWorker: true, ...(build ? { metaCacheTag: build } : {}) });
  } catch {
    status.textContent = 'Search is not available: the search index could not be loaded.';
    return;
  }

  // Until the filter boxes exist, the filters are the ones the URL asked for.
  const currentFilters = (): Record<string, string[]> => (form.querySelector('input[data-filter]') ? selectedFilters(form) : chosen);
  const pagefindFilters = (filters: Record<string, string[]>) => Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const filters = currentFilters();
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    if (sort.value) next.set('sort', sort.value);
    for (const [key, values] of Object.entries(filters)) for (const v of values) next.append(key, v);
    history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
    list.replaceChildren();
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word or phrase to search the archive.';
      return;
    }
    status.textContent = 'Searching…';
    const [sortKey, direction] = sort.value.split(':');
    const search = await pagefind.search(query || null as unknown as string, {
      filters: pagefindFilters(filters),
      ...(sortKey ? { sort: { [sortKey]: direction ?? 'desc' } } : {}),
    });
    const results = search?.results ?? [];
    if (search?.filters) renderFilters(filtersBox, search.filters, filters);
    // Results appear as their fragments arrive, in rank order.
    const pending = results.slice(0, PAGE_SIZE).map((r) => r.data());
    const data: PagefindResultData[] = [];
    for (const next of pending) {
      const item = await next;
      data.push(item);
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta['title'] ?? item.url;
      const meta = document.createElement('span');
      meta.className = 'source-meta';
      meta.textContent = [item.meta['publisher'], item.meta['date'] ?? 'undated', item.meta['kind']].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      appendMarked(excerpt, item.excerpt);
      li.append(link, meta, excerpt);
      const hits = passageHits(item, 3);
      if (hits.length > 0) {
        const sub = document.createElement('ul');
        sub.className = 'search-passages';
        for (const hit of hits) {
          const subLi = document.createElement('li');
          const subLink = document.createElement('a');
          const url = new URL(item.url, location.href);
          url.hash = hit.id;
          subLink.href = url.pathname + url.search + url.hash;
          appendMarked(subLink, hit.excerpt);
          subLi.append(subLink);
          sub.append(subLi);
        }
        li.append(sub);
      }
      list.append(li);
      if (data.length === 1) status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}…`;
    }
    const shown = results.length > PAGE_SIZE ? ` (showing the first ${PAGE_SIZE})` : '';
    status.textContent =
      results.length === 0
        ? `No results${query ? ` for “${query}”` : ''}.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}${shown}.`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  // Every filter's counts, loaded once, when the reader opens the filters. A search then
  // brings counts for its own results; without a query the boxes show the totals.
  let filtersLoaded: Promise<void> | null = null;
  const loadFilters = (): Promise<void> =>
    (filtersLoaded ??= (async () => {
      const totals = await pagefind.filters();
      const query = input.value.trim();
      const filters = currentFilters();
      const search = query || Object.keys(filters).length > 0 ? await pagefind.search(query || (null as unknown as string), { filters: pagefindFilters(filters) }) : null;
      renderFilters(filtersBox, search?.filters ?? totals, filters);
    })());
  // Shown only once search works (it stays hidden without JavaScript, or without an index).
  filtersDisclosure.hidden = false;
  filtersDisclosure.addEventListener('toggle', () => {
    if (filtersDisclosure.open) void loadFilters();
  });

  await run();
  // Loading filters beside the first query would hold its results back (Pagefind does one
  // thing at a time), so a URL that asks for filters opens them only now.
  if (Object.keys(chosen).length > 0) filtersDisclosure.open = true;
}
