/** Browser code on every page: passage tools, search shortcuts, highlighting of search terms, offline support. */
import { addPassageTools } from './passage-tools.ts';

/** `/` and Ctrl/⌘-K focus the search box (the page's own on the search page). */
function bindSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!slash && !ctrlK) return;
    const box = (document.getElementById('search-q') ?? document.getElementById('site-search-q')) as HTMLInputElement | null;
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/** Wraps the words of `?highlight=` in `<mark>` within the main content, after a search result was followed. */
function highlightTerms(): void {
  const raw = new URLSearchParams(location.search).get('highlight');
  if (!raw) return;
  const terms = raw
    .split(/\s+/)
    .map((t) => t.replace(/[^\p{L}\p{N}'’-]/gu, ''))
    .filter((t) => t.length > 1)
    .slice(0, 10);
  const main = document.getElementById('main');
  if (terms.length === 0 || !main) return;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[-'’]/g, '\\$&')).join('|')})`, 'giu');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = (n as Text).parentElement;
    if (parent && !parent.closest('script, style, mark, .removed-panel')) nodes.push(n as Text);
  }
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    const fragment = document.createDocumentFragment();
    for (const [i, part] of text.split(pattern).entries()) {
      if (!part) continue;
      if (i % 2 === 1) {
        const mark = document.createElement('mark');
        mark.className = 'search-hit';
        mark.textContent = part;
        first ??= mark;
        fragment.append(mark);
      } else fragment.append(part);
    }
    node.replaceWith(fragment);
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

/**
 * Registers the service worker that keeps the archive available offline, once the page
 * has loaded: its precaching then never competes with what the page itself fetches
 * (the search page's index, for one).
 */
function registerServiceWorker(): void {
  const base = document.documentElement.dataset['base'];
  if (!base || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  if (document.documentElement.dataset['offline'] !== 'true') return;
  const register = (): void => {
    void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
    void offerSaveAll(base);
  };
  // The search page's first query goes first: precaching would compete with it for the network.
  const whenIdle = (): void => {
    if (document.documentElement.hasAttribute('data-search-pending')) document.addEventListener('dossier:search-settled', register, { once: true });
    else register();
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** Fetches and parses a JSON file of the site, or null. */
async function fetchJson<T>(url: string): Promise<T | null> {
  try {
    return (await (await fetch(url)).json()) as T;
  } catch {
    return null;
  }
}

/**
 * Big archives cache article pages as they are read; for them, a button asks the
 * service worker to save every page now. `offline-status.json` says whether that is
 * needed; the page list (`offline-pages.json`, which grows with the archive) is fetched
 * only when the button is pressed.
 */
async function offerSaveAll(base: string): Promise<void> {
  const box = document.getElementById('offline-save');
  const button = document.getElementById('offline-save-button') as HTMLButtonElement | null;
  const status = document.getElementById('offline-save-status');
  if (!box || !button || !status) return;
  const state = await fetchJson<{ precached: boolean; pages: number }>(`${base}offline-status.json`);
  if (!state || state.precached) return;
  box.hidden = false;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; done?: number; total?: number }>) => {
    if (event.data?.type !== 'dossier-save-progress') return;
    status.textContent = event.data.done === event.data.total ? `Saved all ${event.data.total} pages for offline reading.` : `Saving… ${event.data.done} of ${event.data.total} pages.`;
  });
  button.addEventListener('click', () => {
    void (async () => {
      const list = await fetchJson<{ pages: string[] }>(`${base}offline-pages.json`);
      if (!list) {
        status.textContent = 'The list of pages could not be loaded.';
        return;
      }
      const registration = await navigator.serviceWorker.ready;
      registration.active?.postMessage({ type: 'dossier-save-all', urls: list.pages });
      status.textContent = `Saving ${list.pages.length} pages…`;
    })();
  });
}

const articleBody = document.querySelector('.article-body');
if (articleBody) addPassageTools(articleBody);
bindSearchShortcut();
highlightTerms();
registerServiceWorker();
