/** Page chrome removed from the body when Readability's article is not used. */
const CHROME = 'script, style, nav, header, footer, aside, form, noscript, template, iframe, object, embed, svg, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-modal="true"]';

/**
 * A copy of the page's `<body>` without its chrome: navigation, header, footer, asides,
 * forms, scripts, frames and drawings. A `<header>` that holds the article's `<h1>`
 * (or sits inside `<article>`/`<main>`) stays: it carries the headline.
 */
export function fallbackRoot(document: Document): Element {
  const body = (document.body ?? document.documentElement).cloneNode(true) as Element;
  for (const el of [...body.querySelectorAll(CHROME)]) {
    if (!body.contains(el)) continue;
    const tag = el.tagName.toLowerCase();
    if (tag === 'header' && (el.querySelector('h1') !== null || el.closest('article, main') !== null)) continue;
    el.remove();
  }
  return body;
}
