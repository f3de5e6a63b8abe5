import { normaliseText } from './normalise-text.ts';

/** Elements a page marks as its byline (the marks Readability takes bylines out by). */
const BYLINE = '[rel="author"], [itemprop~="author"], .byline, .by-line, .author, .writtenby, .p-author, [class*="byline"], [class*="author-name"]';

/**
 * The text of the page's byline element ("By Jane Doe, Health reporter"), read from the
 * page itself: the first element marked as a byline, outside navigation and footers,
 * at most 100 characters long. Null when the page shows none.
 */
export function findByline(document: Document): string | null {
  const body = document.body;
  if (!body) return null;
  for (const el of body.querySelectorAll(BYLINE)) {
    if (el.closest('nav, footer, aside, [class*="comment"], [class*="bio"]') !== null) continue;
    const text = normaliseText(el.textContent ?? '');
    if (text.length >= 3 && text.length <= 100) return text;
  }
  return null;
}
