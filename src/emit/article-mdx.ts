import type { BlockContent, PhrasingContent, Root } from 'mdast';
import { isSafeUrl, jsxFlow, jsxText, toMdx } from './mdx/index.ts';
import { textFragmentUrl } from '../pipeline/cite/export/text-fragment.ts';
import type { Passage } from '../pipeline/types.ts';

/** A link from a passage to the same quotation in another source. */
export interface AlsoIn {
  /** e.g. `CNET ¶4`. */
  label: string;
  /** Site-absolute URL of the other passage. */
  href: string;
}

/** The cross-source links of one quotation held by a passage. */
export interface QuoteLinks {
  links: AlsoIn[];
  /** Occurrences beyond `links`, listed on the quote's own page. */
  more: number;
  /** Site-absolute URL of the quote's page. */
  quoteHref: string;
}

/**
 * The MDX body of an article page: one `<div class="passage" id="…">` per passage,
 * holding a paragraph or heading of literal text and, for quotations found elsewhere,
 * "Also in …" links. Built as mdast and serialized by the safe writer, so nothing in
 * the text can become markup, expressions or ESM.
 */
export function articleMdx(passages: readonly Passage[], quoteLinks: ReadonlyMap<string, QuoteLinks[]> = new Map(), originalUrl: string | null = null): string {
  const tree: Root = { type: 'root', children: passages.map((p) => passageNode(p, quoteLinks.get(p.id) ?? [], originalUrl)) };
  return toMdx(tree);
}

function passageNode(passage: Passage, quotes: readonly QuoteLinks[], originalUrl: string | null): BlockContent {
  const text = { type: 'text' as const, value: passage.text };
  const block: BlockContent =
    passage.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [text] }
      : { type: 'paragraph', children: [text] };
  const children: BlockContent[] = [block, toolsNode(passage, originalUrl), ...quotes.filter((q) => q.links.length > 0).map(alsoInNode)];
  return jsxFlow('div', { id: passage.id, class: `passage passage-${passage.kind}`, 'data-index': String(passage.index) }, children);
}

/**
 * The passage's own links: an anchor (`¶N`, shown on hover and focus) and, when the
 * original URL is known, a link that opens the original at this passage with a W3C
 * text fragment (`#:~:text=`).
 */
function toolsNode(passage: Passage, originalUrl: string | null): BlockContent {
  const anchor: PhrasingContent = {
    type: 'link',
    url: `#${passage.id}`,
    children: [{ type: 'text', value: `¶${passage.index}` }, jsxText('span', { class: 'visually-hidden' }, [{ type: 'text', value: ' (link to this paragraph)' }])],
  };
  const children: PhrasingContent[] = [jsxText('span', { class: 'passage-anchor' }, [anchor])];
  const deep = originalUrl ? textFragmentUrl(originalUrl, passage.text) : null;
  if (deep && isSafeUrl(deep)) {
    children.push({ type: 'text', value: ' ' });
    children.push({ type: 'link', url: deep, children: [{ type: 'text', value: 'in the original' }] });
  }
  return jsxFlow('div', { class: 'passage-tools', 'data-pagefind-ignore': 'all' }, [{ type: 'paragraph', children }]);
}

function alsoInNode(quote: QuoteLinks): BlockContent {
  const children: PhrasingContent[] = [{ type: 'text', value: 'Quote also in ' }];
  quote.links.forEach((link, i) => {
    if (i > 0) children.push({ type: 'text', value: ', ' });
    children.push({ type: 'link', url: link.href, children: [{ type: 'text', value: link.label }] });
  });
  if (quote.more > 0) {
    children.push({ type: 'text', value: ' and ' });
    children.push({ type: 'link', url: quote.quoteHref, children: [{ type: 'text', value: `${quote.more} more` }] });
  } else {
    children.push({ type: 'text', value: ' (' });
    children.push({ type: 'link', url: quote.quoteHref, children: [{ type: 'text', value: 'all sources' }] });
    children.push({ type: 'text', value: ')' });
  }
  return jsxFlow('div', { class: 'also-in', 'data-pagefind-ignore': 'all' }, [{ type: 'paragraph', children }]);
}
