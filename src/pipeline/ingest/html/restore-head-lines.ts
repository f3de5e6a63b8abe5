import { findByline } from './find-byline.ts';
import { normaliseText } from './normalise-text.ts';
import type { Block } from './types.ts';

/**
 * Puts back what Readability takes out of the article's top: the page's `<h1>` when
 * the article no longer contains it, and the byline line Readability lifted out: the
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
    if (!lines.has(shown.toLowerCase())) out.splice(at, 0, { kind: 'paragraph', lines: [shown] });
  }
  return out;
}
