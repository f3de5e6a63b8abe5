import { STANDFIRST_CLASS } from './blocks.ts';
import { findByline } from './find-byline.ts';
import { normaliseText } from './normalise-text.ts';
import type { Block } from './types.ts';

/**
 * Puts back what Readability takes out of the article's top: the page's `<h1>` when
 * the article no longer contains it, the standfirst set under it (see `standfirst`), and the byline line Readability lifted out: the
 * page's byline element, or Readability's byline when the body shows it word for word
 * (nothing is invented from metadata).
 */
export function restoreHeadLines(blocks: readonly Block[], document: Document, byline: string | null): Block[] {
  const out = [...blocks];
  const text = blocks.map((b) => b.lines.join(' ')).join('\n').toLowerCase();
  const bodyText = normaliseText(document.body?.textContent ?? '');
  let at = 0;
  const h1 = normaliseText(document.body?.querySelector('h1')?.textContent ?? '');
  if (h1 !== '' && h1.length <= 300 && !text.includes(h1.toLowerCase())) {
    out.unshift({ kind: 'heading', lines: [h1] });
    at = 1;
  } else {
    const heading = out.findIndex((b) => b.kind === 'heading');
    if (heading !== -1 && heading <= 2) at = heading + 1;
  }
  const by = normaliseText(findByline(document) ?? byline ?? '');
  const lines = new Set(blocks.flatMap((b) => b.lines.map((l) => l.toLowerCase())));
  if (by !== '' && by.length <= 200 && !lines.has(by.toLowerCase()) && bodyText.includes(by)) {
    const shown = !/^by\s/i.test(by) && bodyText.toLowerCase().includes(`by ${by.toLowerCase()}`) ? `By ${by}` : by;
    if (!lines.has(shown.toLowerCase())) out.splice(at++, 0, { kind: 'paragraph', lines: [shown] });
  }
  // The standfirst goes under the byline put back above, whatever their order on the page: a name under a
  // standfirst that opens the text would read as the body's first subheading.
  const dek = standfirst(document, h1);
  if (dek !== null && !text.includes(dek.toLowerCase())) out.splice(at, 0, { kind: 'standfirst', lines: [dek] });
  return out;
}

/** Elements looked at after the `<h1>`, in document order. */
const STANDFIRST_REACH = 8;

/**
 * The standfirst under the page's `<h1>`, as the page shows it: one of the next few elements that is
 * marked as one (`STANDFIRST_CLASS` on its class or id) or says what the page's description says, and reads
 * as a sentence or two (6 to 80 words). Null when there is none.
 */
function standfirst(document: Document, headline: string): string | null {
  const h1 = document.body?.querySelector('h1');
  if (!h1 || headline === '') return null;
  const description = normaliseText(document.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '').toLowerCase();
  const all = [...(document.body?.querySelectorAll('*') ?? [])];
  const from = all.indexOf(h1);
  let seen = 0;
  for (const el of all.slice(from + 1)) {
    if (h1.contains(el)) continue;
    if (++seen > STANDFIRST_REACH) break;
    if (!/^(?:P|DIV|H2|H3|SPAN)$/.test(el.tagName) || el.querySelector('p, div, h2, h3, img, a, time')) continue;
    const line = normaliseText(el.textContent ?? '');
    const words = line.split(/\s+/).length;
    if (words < 6 || words > 80) continue;
    const marked = STANDFIRST_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
    if (marked || (description !== '' && line.toLowerCase() === description)) return line;
  }
  return null;
}
