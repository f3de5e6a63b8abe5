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
  /** A `null` query searches by filters alone. */
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[]; filters?: FilterCounts; totalFilters?: FilterCounts } | null>;
  /** Loads what a search needs (the WebAssembly and metadata first, then its index chunks) without searching. */
  preload: (q: string | null, o?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<FilterCounts>;
}

/** Pagefind's data files (metadata, WebAssembly, index, filter and fragment chunks): gzip on disk. */
const PAGEFIND_DATA = /\.(?:pf_meta|pf_index|pf_filter|pf_fragment|pagefind)$/;

/**
 * Lets the browser's own gunzip unpack Pagefind's data files under `dir`. Pagefind
 * unpacks them with an inflate written in JavaScript, on the page's thread (about 90 ms
 * before the first results: its WebAssembly, metadata, index chunk and fragments), and
 * skips that step for data that arrives unpacked, as from a server that sends the files
 * with `Content-Encoding: gzip`. Other requests pass through untouched.
 */
function unpackPagefindData(dir: string): void {
  if (typeof DecompressionStream !== 'function') return;
  const prefix = new URL(dir, location.href).href;
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFromNetwork(input, init);
    if (!response.ok || !response.url.startsWith(prefix) || !PAGEFIND_DATA.test(new URL(response.url).pathname)) return response;
    return gunzipped(response);
  };
}

/**
 * The response's body unpacked when it is gzip (it starts with 1f 8b), else as it came.
 * Bad gzip makes reading the body fail, as Pagefind's own inflate would.
 */
export async function gunzipped(response: Response): Promise<Response> {
  const init = { status: response.status, statusText: response.statusText };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  // Written whole into the stream: the fastest way in, a few times faster than a Blob's stream.
  const unpack = new DecompressionStream('gzip');
  const writer = unpack.writable.getWriter();
  writer.write(bytes).then(() => writer.close()).catch(() => undefined);
  return new Response(unpack.readable, init);
}

/**
 * Loads what the first search needs. Until its WebAssembly is ready, Pagefind looks again
 * every 50 ms, so a search begun while it loads starts up to 50 ms late. Five loads begun
 * 10 ms apart share their fetches, and the first to see it ready starts the index chunks
 * within 10 ms. Rejects when the index cannot be loaded.
 */
export function loadForFirstSearch(pagefind: Pick<Pagefind, 'preload'>, query: string | null, filters: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    for (let i = 0; i < 5; i++) setTimeout(() => void pagefind.preload(query, { filters }).then(resolve, reject), i * 10);
  });
}

/** Languages whose words Pagefind splits with an `Intl.Segmenter` of words (as its runtime decides). */
const WORD_SEGMENTED = new Set(['zh', 'ja', 'th']);

/**
 * Whether Pagefind's query normalisation can go without `Intl.Segmenter` in `language`.
 * Outside Chinese, Japanese and Thai, Pagefind only walks the query's graphemes to drop
 * punctuation and lower-case the rest, and without a segmenter it walks its characters
 * instead, to the same term (a grapheme of several characters is a letter with marks).
 */
export function segmenterNeedless(language: string): boolean {
  return !WORD_SEGMENTED.has(language.toLowerCase().split('-')[0] ?? '');
}

/**
 * Pagefind makes an `Intl.Segmenter` for every query, and the first one a page makes loads
 * the browser's segmentation rules: 15 ms on an idle machine, 35–60 ms on a busy one, on
 * the page's thread and on the way to the first results. Where it changes nothing (see
 * `segmenterNeedless`) the search page hides the constructor, so Pagefind takes its own
 * path for browsers without one. Nothing else on the search page uses it.
 */
function skipQuerySegmenter(language: string): void {
  if (typeof Intl.Segmenter !== 'function' || !segmenterNeedless(language)) return;
  try {
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
  } catch {
    // A browser that will not let it go: Pagefind then uses it, as before.
  }
}

const FILTER_LABELS: Record<string, string> = { kind: 'Kind', publisher: 'Publisher', year: 'Year' };
/** Results shown at once; "Show more results" adds as many again. Each costs a fragment fetch. */
const PAGE_SIZE = 10;
/**
 * Fragments fetched before the first result is shown: one, so that the first result waits
 * for no other fragment's fetch, unpacking and excerpt on the page's thread.
 */
const FIRST_FETCHES = 1;

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

let entityDecoder: HTMLTextAreaElement | null = null;

/**
 * Pagefind's text as plain text: its character references decoded, nothing else parsed.
 * Most text has none. With every `<` escaped no markup can form, and one detached
 * `<textarea>` serves every call (a new document per call cost ~40 ms a search).
 */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  entityDecoder ??= document.createElement('textarea');
  entityDecoder.innerHTML = text.replace(/</g, '&lt;');
  return entityDecoder.value;
}

/** The passages (anchors with `p-` ids) that hold the matches, best first, with a short excerpt each. */
function passageHits(data: PagefindResultData, limit: number): { id: string; excerpt: string }[] {
  const anchors = data.anchors.filter((a) => a.id.startsWith('p-')).sort((a, b) => a.location - b.location);
  if (anchors.length === 0) return [];
  const words = data.content.split(/\s+/);
  const byAnchor = new Map<string, number[]>();
  // One walk over both, in word order: a story page has hundreds of passages.
  let at = -1;
  for (const loc of [...data.locations].sort((a, b) => a - b)) {
    while (at + 1 < anchors.length && anchors[at + 1]!.location <= loc) at++;
    const anchor = anchors[at];
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

/** One search result: the article's link, its source line, Pagefind's excerpt and the passages that match best. */
function resultItem(item: PagefindResultData): HTMLLIElement {
  // Pagefind gives absolute URLs (its base is the site's absolute base); links keep the path.
  const url = new URL(item.url, location.href);
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = url.pathname + url.search;
  link.textContent = item.meta['title'] ?? url.pathname;
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
      subLink.href = `${url.pathname}${url.search}#${hit.id}`;
      appendMarked(subLink, hit.excerpt);
      subLi.append(subLink);
      sub.append(subLi);
    }
    li.append(sub);
  }
  return li;
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

/** Pagefind's form of the filters: any of the chosen values, per filter. */
function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
}

/** The filters the page's URL asks for. */
function filtersInUrl(params: URLSearchParams): Record<string, string[]> {
  const chosen: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const values = params.getAll(key);
    if (values.length > 0) chosen[key] = values;
  }
  return chosen;
}

/**
 * Loads Pagefind and, when the URL asks for a search, what that search needs. It reads
 * nothing from the page's body (the build's id is in `<head>`), so it can begin as soon
 * as the script runs. `cacheTag` names the build, so that a new build's index is never
 * mixed with a cached one.
 */
async function startPagefind(base: string, cacheTag: string | null, query: string, filters: Record<string, string[]>): Promise<Pagefind> {
  unpackPagefindData(`${base}pagefind/`);
  skipQuerySegmenter(document.documentElement.lang);
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // Pagefind runs on the page's own thread: a worker would first fetch its 43 KB script
  // and add a round trip before the index loads, while a query here takes milliseconds.
  // An absolute base: with a bare path, Pagefind builds each result's URL by catching an
  // exception from `new URL` (about 0.6 ms a result).
  await pagefind.options({ baseUrl: new URL(base, location.href).href, highlightParam: 'highlight', noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
  if (query || Object.keys(filters).length > 0) await loadForFirstSearch(pagefind, query || null, pagefindFilters(filters));
  return pagefind;
}

/**
 * On `<html>` while the search that the page's URL asks for is under way; `SEARCH_SETTLED`
 * is dispatched on the document when its results are shown (or it failed). Work that
 * would compete with it, such as the service worker's precaching, waits for that.
 */
export const SEARCH_PENDING = 'data-search-pending';
export const SEARCH_SETTLED = 'dossier:search-settled';

/**
 * Resolves once what the page shows now has been painted: after its next frame, or
 * within 100 ms where no frame comes (a tab in the background draws none).
 */
function afterPaint(): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(fallback);
      done();
    }, 0));
  });
}

/** Resolves once the page's body has been parsed. */
function bodyParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((done) => document.addEventListener('DOMContentLoaded', () => done(), { once: true }));
}

/** Reads the URL, runs the search and renders results; re-runs on every change of the form. */
export async function runSearchPage(base: string): Promise<void> {
  const params = new URLSearchParams(location.search);
  const chosen = filtersInUrl(params);
  const urlSearch = Boolean(params.get('q')?.trim()) || Object.keys(chosen).length > 0;
  // The service worker's precaching (megabytes, on a first visit) waits for this search.
  if (urlSearch) document.documentElement.setAttribute(SEARCH_PENDING, '');
  try {
    await searchPage(base, params, chosen);
  } finally {
    if (urlSearch) {
      document.documentElement.removeAttribute(SEARCH_PENDING);
      document.dispatchEvent(new Event(SEARCH_SETTLED));
    }
  }
}

/** The page's search: its first results, then every change of the form. */
async function searchPage(base: string, params: URLSearchParams, chosen: Record<string, string[]>): Promise<void> {
  const cacheTag = document.querySelector<HTMLMetaElement>('meta[name="dossier-build"]')?.content || null;
  const loading = startPagefind(base, cacheTag, (params.get('q') ?? '').trim(), chosen);
  loading.catch(() => undefined); // Reported below, once the page can show it.
  await bodyParsed();

  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const sort = document.getElementById('search-sort') as HTMLSelectElement | null;
  const filtersBox = document.getElementById('search-filters');
  const filtersDisclosure = document.getElementById('search-filters-box') as HTMLDetailsElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const more = document.getElementById('search-more') as HTMLButtonElement | null;
  if (!form || !input || !sort || !filtersBox || !filtersDisclosure || !status || !list || !more) return;
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  const searching = 'Searching…';
  if (document.documentElement.hasAttribute(SEARCH_PENDING)) status.textContent = searching;

  let pagefind: Pagefind;
  try {
    pagefind = await loading;
  } catch {
    status.textContent = 'Search is not available: the search index could not be loaded.';
    return;
  }

  // Until the filter boxes exist, the filters are the ones the URL asked for.
  const currentFilters = (): Record<string, string[]> => (form.querySelector('input[data-filter]') ? selectedFilters(form) : chosen);

  let runs = 0;
  // Adds the next page of the latest search's results (set by each search).
  let showMore: (() => Promise<void>) | null = null;
  more.addEventListener('click', () => void showMore?.());
  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const filters = currentFilters();
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    if (sort.value) next.set('sort', sort.value);
    for (const [key, values] of Object.entries(filters)) for (const v of values) next.append(key, v);
    history.replaceState(null, '', `${location.pathname}${next.size > 0 ? `?${next}` : ''}`);
    list.replaceChildren();
    more.hidden = true;
    showMore = null;
    if (!query && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word or phrase to search the archive.';
      return;
    }
    // Set only when it changes, so that screen readers announce it once.
    if (status.textContent !== searching) status.textContent = searching;
    const [sortKey, direction] = sort.value.split(':');
    const thisRun = ++runs;
    const search = await pagefind.search(query || null, {
      filters: pagefindFilters(filters),
      ...(sortKey ? { sort: { [sortKey]: direction ?? 'desc' } } : {}),
    });
    // A newer search (the reader typed on) owns the list now.
    if (runs !== thisRun) return;
    const results = search?.results ?? [];
    if (search?.filters) renderFilters(filtersBox, search.filters, filters);
    // Results appear in rank order as their fragments arrive. The first few are fetched
    // first, so that the first result does not share the page's thread and the server
    // with every fetch of the page; the rest are asked for once it is shown.
    const page = results.slice(0, PAGE_SIZE);
    const pending = page.slice(0, FIRST_FETCHES).map((r) => r.data());
    for (const [i, result] of page.entries()) {
      const item = await (pending[i] ?? result.data());
      if (runs !== thisRun) return;
      list.append(resultItem(item));
      if (i === 0) {
        status.textContent = `${results.length} ${results.length === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}…`;
        // Begun in the same task, the other fetches (and Pagefind's work for each) would
        // hold back the first result's painting by 15–30 ms.
        await afterPaint();
        if (runs !== thisRun) return;
        pending.push(...page.slice(FIRST_FETCHES).map((r) => r.data()));
      }
    }
    const summary = (count: number): string =>
      results.length === 0
        ? `No results${query ? ` for “${query}”` : ''}.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'}${query ? ` for “${query}”` : ''}${results.length > count ? ` (showing ${count})` : ''}.`;
    status.textContent = summary(page.length);
    // The next results are fetched only when asked for, so a query costs one page of fragments.
    let count = page.length;
    showMore = async (): Promise<void> => {
      const nextPage = results.slice(count, count + PAGE_SIZE);
      const items = await Promise.all(nextPage.map((r) => r.data()));
      if (runs !== thisRun) return;
      const added = items.map(resultItem);
      list.append(...added);
      count += added.length;
      more.hidden = count >= results.length;
      status.textContent = summary(count);
      // Keyboard and screen-reader users continue from the first new result.
      added[0]?.querySelector('a')?.focus();
    };
    more.hidden = count >= results.length;
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
      const search = query || Object.keys(filters).length > 0 ? await pagefind.search(query || null, { filters: pagefindFilters(filters) }) : null;
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
