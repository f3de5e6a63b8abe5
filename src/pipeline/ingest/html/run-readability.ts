import { Readability } from '@mozilla/readability';

/** What Readability found: the article's element, and its byline when it took one out of the text. */
export interface ReadabilityArticle {
  root: Element;
  title: string | null;
  byline: string | null;
}

/** Most elements Readability is asked to score. */
const MAX_ELEMENTS = 60_000;

/**
 * Runs Mozilla Readability over a copy of the (already sanitised) document. Null when it
 * finds no article, the page is too large for it, or it fails.
 */
export function runReadability(document: Document): ReadabilityArticle | null {
  try {
    const copy = document.cloneNode(true) as Document;
    const result = new Readability<Node>(copy, {
      serializer: (node) => node,
      maxElemsToParse: MAX_ELEMENTS,
      charThreshold: 300,
      keepClasses: false,
    }).parse();
    const root = result?.content;
    if (!root || root.nodeType !== 1) return null;
    return { root: root as Element, title: result.title?.trim() || null, byline: result.byline?.trim() || null };
  } catch {
    return null;
  }
}
