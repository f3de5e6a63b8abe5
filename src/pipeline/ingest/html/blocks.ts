import { isHidden } from './is-hidden.ts';
import { normaliseText } from './normalise-text.ts';
import type { Block } from './types.ts';

/** Elements never read: they hold code, controls, media players or drawings, not article text. */
export const SKIPPED = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'svg', 'math', 'form', 'button', 'select', 'textarea', 'input', 'option', 'datalist', 'canvas', 'video', 'audio',
  'source', 'track', 'map', 'area', 'base', 'meta', 'link', 'dialog', 'portal', 'slot',
]);

/** Elements that start a new block. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figure', 'footer',
  'header', 'hgroup', 'hr', 'html', 'legend', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'ul', 'menu',
]);

const HEADING = /^h[1-6]$/;

/** Class names of caption elements that are not `<figcaption>` (WordPress, many CMSs). */
export const CAPTION_CLASSES: readonly string[] = ['wp-caption-text', 'caption', 'image-caption', 'photo-caption', 'media-caption', 'figure-caption', 'img-caption'];
const CAPTION_CLASS = new RegExp(`(?:^|\\s)(?:${CAPTION_CLASSES.join('|')})(?:\\s|$)`, 'i');

/** Class names and ids a standfirst is marked with ("entry-excerpt", "article__standfirst", "c-dek_r4"). */
export const STANDFIRST_CLASS = /(?:^|[\s_-])(?:dek|deck|standfirst|excerpt|subtitle|sub-?title|subheadline|strapline|lede|summary)(?:$|[\s_-])/i;

/** The class `run-readability.ts` gives a standfirst, which Readability keeps. */
export const STANDFIRST_MARKER = 'dossier-standfirst';

/** Attributes that lazy-loading pages put the real image in. */
const LAZY_SOURCES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-srcset'];

/** The source of an `<img>`: its `src`, or a lazy-loading attribute when `src` is missing or a tiny placeholder. */
export function imageSource(img: Element): string {
  const src = (img.getAttribute('src') ?? '').trim();
  const placeholder = src === '' || (src.startsWith('data:') && src.length < 200);
  if (!placeholder) return src;
  for (const name of LAZY_SOURCES) {
    const value = (img.getAttribute(name) ?? '').trim().split(/\s+/)[0] ?? '';
    if (value !== '') return value;
  }
  return src;
}

/** True for a tracking pixel: an image the page declares at most 2×2 pixels. */
function isPixel(img: Element): boolean {
  const size = (name: string): number => Number.parseInt(img.getAttribute(name) ?? '', 10);
  const w = size('width');
  const h = size('height');
  return (w <= 2 && h <= 2) || w === 0 || h === 0;
}

interface ListFrame {
  ordered: boolean;
  next: number;
}

/**
 * Lays out the text under `root` as blocks: headings, paragraphs, list items (with a
 * `• ` or `1. ` marker, as a plain-text article writes them), block quotes, captions and
 * images. Text is whitespace-folded; `<br>` and `<pre>` line breaks are kept as lines of
 * one block. Hidden elements and those in SKIPPED are never read. Iterative, so deeply
 * nested markup cannot exhaust the stack.
 */
/** Inline elements a page sets side by side as separate fields ("By Jo Doe" and "Published …" in two spans). */
const FIELD_TAGS = new Set(['span', 'time']);

/**
 * True when `el` is a field set directly after another element with no white space between them
 * (`<span>By Jo Doe</span><span>Published May 2</span>`), where a browser's styles, not the text, keep
 * them apart, and the line read so far (ending in `lastChar`) would run into it. A drop capital (`<span>T</span><span>he …`) is
 * part of its word.
 */
function gluesToPrevious(el: Element, lastChar: string): boolean {
  if (!FIELD_TAGS.has(el.tagName.toLowerCase()) || lastChar === '' || /\s/.test(lastChar)) return false;
  const previous = el.previousSibling;
  if (previous === null || previous.nodeType !== 1) return false;
  return normaliseText(previous.textContent ?? '').length > 1;
}

/** Words a table cell holds, at most, to be a data table's cell. */
const CELL_WORDS = 25;

/**
 * True when a table cell lays out the page rather than holding data (an old site's menu column or its
 * article column): it holds paragraphs, line breaks, headings, lists or tables, or many words. Such a cell
 * is a block of its own, not a field of a row.
 */
function layoutCell(cell: Element): boolean {
  if (cell.querySelector('p, br, div, table, ul, ol, h1, h2, h3, h4, blockquote') !== null) return true;
  return normaliseText(cell.textContent ?? '').split(' ').length > CELL_WORDS;
}

export function toBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let line = '';
  // What the line holds, kept beside it: reading a long line built by concatenation would flatten it on every
  // element (quadratic on a row of thousands of cells or spans).
  let lineHasText = false;
  let lastChar = '';
  const append = (text: string): void => {
    if (text === '') return;
    line += text;
    lastChar = text.charAt(text.length - 1);
    if (!lineHasText && /\S/.test(text)) lineHasText = true;
  };
  let links: { text: string; href: string }[] = [];
  /** Characters of link text in the block being read (any link, relative ones too). */
  let linkedChars = 0;
  let pendingImages: { src: string; alt: string }[] = [];
  let headingDepth = 0;
  let quoteDepth = 0;
  let captionDepth = 0;
  let preDepth = 0;
  let standfirstDepth = 0;
  let item: string | null = null;
  const lists: ListFrame[] = [];

  const endLine = (): void => {
    const text = normaliseText(line);
    if (text !== '') lines.push(text);
    line = '';
    lineHasText = false;
    lastChar = '';
  };
  const flush = (): void => {
    endLine();
    if (lines.length > 0) {
      const kind: Block['kind'] =
        headingDepth > 0 ? 'heading' : item !== null ? 'list-item' : captionDepth > 0 ? 'caption' : quoteDepth > 0 ? 'quote' : standfirstDepth > 0 ? 'standfirst' : 'paragraph';
      if (item !== null) {
        lines[0] = `${item}${lines[0] ?? ''}`;
        item = lists.length > 0 ? '' : null;
      }
      const block: Block = { kind, lines };
      const inBlock = links.filter((l) => lines.some((t) => t.includes(l.text)));
      if (inBlock.length > 0) block.links = inBlock;
      const chars = lines.join(' ').replace(/^(?:•|\d{1,4}\.)\s+/, '').length;
      if (linkedChars > 0 && chars > 0) block.linkShare = Math.min(1, linkedChars / chars);
      blocks.push(block);
    }
    lines = [];
    links = [];
    linkedChars = 0;
    for (const image of pendingImages) blocks.push({ kind: 'image', lines: [image.alt], image });
    pendingImages = [];
  };

  type Step = { node: Node } | { exit: () => void };
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('exit' in step) {
      step.exit();
      continue;
    }
    const node = step.node;
    if (node.nodeType === 3) {
      const data = node.textContent ?? '';
      if (preDepth > 0) {
        const parts = data.split(/\r?\n/);
        parts.forEach((part, i) => {
          if (i > 0) endLine();
          append(part);
        });
      } else {
        append(data);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      endLine();
      continue;
    }
    // An AMP page's `<amp-img>` is its `<img>`.
    if (tag === 'img' || tag === 'amp-img') {
      if (isPixel(el)) continue;
      const alt = normaliseText(el.getAttribute('alt') ?? '');
      pendingImages.push({ src: imageSource(el), alt });
      continue;
    }
    if (gluesToPrevious(el, lastChar)) append(' ');
    let exit: (() => void) | null = null;
    if (HEADING.test(tag)) {
      flush();
      headingDepth += 1;
      exit = () => {
        flush();
        headingDepth -= 1;
      };
    } else if (tag === 'li') {
      flush();
      const list = lists[lists.length - 1];
      const saved = item;
      item = list === undefined ? '• ' : list.ordered ? `${list.next++}. ` : '• ';
      exit = () => {
        flush();
        item = saved;
      };
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      flush();
      const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
      lists.push({ ordered: tag === 'ol', next: Number.isFinite(start) ? start : 1 });
      const saved = item;
      item = null;
      exit = () => {
        flush();
        lists.pop();
        item = saved;
      };
    } else if (tag === 'blockquote') {
      flush();
      quoteDepth += 1;
      exit = () => {
        flush();
        quoteDepth -= 1;
      };
    } else if (tag === 'figcaption' || tag === 'caption' || CAPTION_CLASS.test(el.getAttribute('class') ?? '')) {
      flush();
      captionDepth += 1;
      exit = () => {
        flush();
        captionDepth -= 1;
      };
    } else if (BLOCK.has(tag) && STANDFIRST_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) {
      flush();
      standfirstDepth += 1;
      exit = () => {
        flush();
        standfirstDepth -= 1;
      };
    } else if (tag === 'pre') {
      flush();
      preDepth += 1;
      exit = () => {
        flush();
        preDepth -= 1;
      };
    } else if ((tag === 'td' || tag === 'th') && layoutCell(el)) {
      flush();
      exit = flush;
    } else if (tag === 'td' || tag === 'th') {
      if (lineHasText) append(' | ');
    } else if (tag === 'a') {
      const href = (el.getAttribute('href') ?? '').trim();
      exit = () => {
        const text = normaliseText(el.textContent ?? '');
        linkedChars += text.length;
        if (text !== '' && /^https?:\/\//i.test(href)) links.push({ text, href });
      };
    } else if (BLOCK.has(tag)) {
      flush();
      exit = flush;
    }
    if (headingDepth > 0 && !HEADING.test(tag) && exit !== null && tag !== 'a') {
      // A block inside an unclosed heading (`<h1>Title<p>Text…`) is not part of the heading.
      const savedHeading = headingDepth;
      const inner = exit;
      headingDepth = 0;
      exit = () => {
        inner();
        headingDepth = savedHeading;
      };
    }
    if (exit !== null) stack.push({ exit });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child });
    }
  }
  flush();
  return blocks;
}
