import { Readability } from '@mozilla/readability';
import { CAPTION_CLASSES, STANDFIRST_CLASS, STANDFIRST_MARKER } from './blocks.ts';

/** What Readability found: the article's element, and its byline when it took one out of the text. */
export interface ReadabilityArticle {
  root: Element;
  title: string | null;
  byline: string | null;
}

/** Most elements Readability is asked to score. */
const MAX_ELEMENTS = 60_000;

/**
 * The elements below `node` whose tag is one of `tags`, in document order. Readability
 * asks for these through `querySelectorAll`, which linkedom compiles into a selector on
 * every call; on pages with thousands of elements that dominated its run time.
 */
function elementsWithTag(node: Element | Document, tags: readonly string[]): Element[] {
  const wanted = new Set(tags.map((t) => t.toLowerCase()));
  const all = wanted.has('*');
  const out: Element[] = [];
  const stack: Element[] = [];
  for (let child = node.firstElementChild; child !== null; child = child.nextElementSibling) stack.push(child);
  stack.reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (all || wanted.has(el.localName)) out.push(el);
    const children: Element[] = [];
    for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return out;
}

/** Readability, with its tag lookup replaced by `elementsWithTag` (same result, in document order). */
class FastReadability extends Readability<Node> {}
(FastReadability.prototype as unknown as { _getAllNodesWithTag: typeof elementsWithTag })._getAllNodesWithTag = elementsWithTag;

/**
 * Gives the page's standfirst (a paragraph whose class or id names it one, `STANDFIRST_CLASS`, holding no
 * other block) the one class `STANDFIRST_MARKER`, which Readability keeps, so the blocks read from its
 * result still know it.
 */
function markStandfirsts(document: Document): void {
  for (const el of elementsWithTag(document, ['p', 'div', 'h2', 'h3'])) {
    if (!STANDFIRST_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) || el.querySelector('p, div, h2, h3, ul, ol, table')) continue;
    el.setAttribute('class', `${el.getAttribute('class') ?? ''} ${STANDFIRST_MARKER}`.trim());
  }
}

/**
 * Runs Mozilla Readability over a copy of the (already sanitised) document. Null when it
 * finds no article, the page is too large for it, or it fails.
 */
export function runReadability(document: Document): ReadabilityArticle | null {
  try {
    const copy = document.cloneNode(true) as Document;
    markStandfirsts(copy);
    const result = new FastReadability(copy, {
      serializer: (node) => node,
      maxElemsToParse: MAX_ELEMENTS,
      charThreshold: 300,
      keepClasses: false,
      // Captions that are not `<figcaption>` are known by their class: keep those classes.
      classesToPreserve: [...CAPTION_CLASSES, STANDFIRST_MARKER],
    }).parse();
    const root = result?.content;
    if (!root || root.nodeType !== 1) return null;
    return { root: root as Element, title: result.title?.trim() || null, byline: result.byline?.trim() || null };
  } catch {
    return null;
  }
}
