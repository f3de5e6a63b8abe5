/** Browser code for the search page: runs the query from `?q=` with Pagefind's JS API. */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** Keeps only Pagefind's `<mark>` highlighting; everything else in an excerpt is text. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
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
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

export async function runSearchPage(base: string): Promise<void> {
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!input || !status || !list) return;
  input.value = query;
  if (!query) {
    status.textContent = 'Type a word or phrase to search the archive.';
    return;
  }
  status.textContent = 'Searching…';
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
  } catch {
    status.textContent = 'Search is not available: the search index has not been built.';
    return;
  }
  const search = await pagefind.search(query);
  const results = search?.results ?? [];
  const data = await Promise.all(results.slice(0, 50).map((r) => r.data()));
  list.replaceChildren();
  for (const item of data) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    appendExcerpt(excerpt, item.excerpt);
    li.append(link, excerpt);
    list.append(li);
  }
  status.textContent =
    data.length === 0 ? `No results for “${query}”.` : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”.`;
}
