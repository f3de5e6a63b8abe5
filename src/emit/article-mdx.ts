import type { BlockContent, PhrasingContent, Root } from 'mdast';
import type { ArticleFigure } from './article-media.ts';
import { jsxFlow, jsxImage, toMdx } from './mdx/index.ts';
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
 * The MDX body of an article page: one `<div class="passage" id="…" data-index="N">` per
 * passage, holding a paragraph or heading of literal text and, for quotations found
 * elsewhere, "Also in …" links; and a `<figure>` per image, where it stood in the source,
 * whose `<figcaption>` holds the caption passage right below it. Built as mdast and
 * serialized by the safe writer, so nothing in the text can become markup,
 * expressions or ESM.
 *
 * A passage carries no per-passage tools: its `¶N` link and the link into the original are
 * added in the browser (`src/scripts/passage-tools.ts`) from its id, `data-index` and text.
 * Each article is its own compiled module, so every element written here is paid for once
 * per passage in bundling and rendering; the page reads fully without them.
 */
export function articleMdx(
  passages: readonly Passage[],
  quoteLinks: ReadonlyMap<string, QuoteLinks[]> = new Map(),
  figures: readonly ArticleFigure[] = [],
): string {
  const node = (p: Passage): BlockContent => passageNode(p, quoteLinks.get(p.id) ?? []);
  const children: BlockContent[] = [];
  let next = 0;
  for (const passage of passages) {
    const start = passage.lines[0] ?? Number.POSITIVE_INFINITY;
    let captioned = false;
    while (next < figures.length && figures[next]!.line < start) {
      const figure = figures[next++]!;
      const last = next === figures.length || figures[next]!.line >= start;
      // A caption directly below the image (one blank line between, as extraction lays blocks out) becomes its figcaption.
      captioned = last && passage.kind === 'caption' && start === figure.line + 2;
      children.push(figureNode(figure, captioned ? node(passage) : null));
    }
    if (!captioned) children.push(node(passage));
  }
  for (; next < figures.length; next += 1) children.push(figureNode(figures[next]!, null));
  return toMdx({ type: 'root', children } satisfies Root);
}

/**
 * An image as a figure: the site's own copy as a lazy `<img>`, or for a remote image a
 * link to it (the page never loads anything from another host). The caption passage,
 * when there is one, keeps its anchor inside the `<figcaption>`.
 */
function figureNode(figure: ArticleFigure, caption: BlockContent | null): BlockContent {
  const { media } = figure;
  const shown: BlockContent =
    media.kind === 'picture'
      ? jsxImage(media.image)
      : jsxFlow('div', { class: 'figure-link', 'data-pagefind-ignore': 'all' }, [
          { type: 'paragraph', children: [{ type: 'link', url: media.href, children: [{ type: 'text', value: media.label }] }] },
        ]);
  const children: BlockContent[] = [shown];
  if (caption !== null) children.push(jsxFlow('figcaption', {}, [caption]));
  return jsxFlow('figure', { class: media.kind === 'picture' ? 'article-figure' : 'article-figure article-figure-remote' }, children);
}

function passageNode(passage: Passage, quotes: readonly QuoteLinks[]): BlockContent {
  const text = { type: 'text' as const, value: passage.text };
  const block: BlockContent =
    passage.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [text] }
      : { type: 'paragraph', children: [text] };
  const children: BlockContent[] = [block, ...quotes.filter((q) => q.links.length > 0).map(alsoInNode)];
  return jsxFlow('div', { id: passage.id, class: `passage passage-${passage.kind}`, 'data-index': String(passage.index) }, children);
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
