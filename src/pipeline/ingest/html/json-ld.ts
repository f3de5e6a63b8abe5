/** Largest JSON-LD block read, in characters. */
const MAX_JSON = 1_000_000;
/** Most objects looked at across a page's JSON-LD. */
const MAX_NODES = 2000;

const ARTICLE_TYPE = /article|posting|report|newsarticle|blog|liveblog|webpage|creativework/i;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Article metadata stated by the page's JSON-LD (`<script type="application/ld+json">`):
 * `headline`, `datePublished`, `dateModified`, `author`, `publisher`, `url`, `description`,
 * `inLanguage`, as plain strings. Malformed blocks are ignored. Prefers an object whose
 * `@type` is an article type (most specific first), searching `@graph` and arrays.
 */
export function readJsonLd(document: Document): Record<string, string> {
  const objects: { [key: string]: Json }[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON) continue;
    let data: Json;
    try {
      data = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, '')) as Json;
    } catch {
      continue;
    }
    collectObjects(data, objects, 0);
  }
  const rank = (o: { [key: string]: Json }): number => {
    const types = (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => /article|posting|report/i.test(t))) return 3;
    if (types.some((t) => ARTICLE_TYPE.test(t)) && typeof o['headline'] === 'string') return 2;
    return typeof o['headline'] === 'string' ? 1 : 0;
  };
  let best: { [key: string]: Json } | undefined;
  let bestRank = 0;
  for (const o of objects) {
    const r = rank(o);
    if (r > bestRank) [best, bestRank] = [o, r];
  }
  if (!best) return {};
  const out: Record<string, string> = {};
  const put = (key: string, value: string | null): void => {
    if (value) out[key] = value;
  };
  put('headline', str(best['headline']));
  put('datePublished', str(best['datePublished']));
  put('dateModified', str(best['dateModified']));
  put('author', names(best['author'] ?? best['creator'] ?? null));
  put('publisher', names(best['publisher'] ?? null));
  put('url', str(best['url']) ?? idOf(best['mainEntityOfPage'] ?? null));
  put('description', str(best['description']));
  put('inLanguage', str(best['inLanguage']));
  return out;
}

function collectObjects(value: Json, out: { [key: string]: Json }[], depth: number): void {
  if (depth > 6 || out.length >= MAX_NODES || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectObjects(v, out, depth + 1);
    return;
  }
  out.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collectObjects(graph, out, depth + 1);
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function idOf(value: Json): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (value && typeof value === 'object' && !Array.isArray(value)) return str(value['@id']) ?? str(value['url']);
  return null;
}

/** A person or organisation value as text: a name, or names joined by ", ". */
function names(value: Json): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const v of list.slice(0, 20)) {
    const name = typeof v === 'string' ? v.trim() : v && typeof v === 'object' && !Array.isArray(v) ? str(v['name']) : null;
    if (name && !found.includes(name)) found.push(name);
  }
  return found.length > 0 ? found.join(', ') : null;
}
