/**
 * Each passage's tools, added in the browser: a `¶N` link to the passage itself and, when
 * the original's URL is known, a link that opens the original at this passage (a W3C text
 * fragment). The article body's MDX carries only what a reader needs without JavaScript
 * (each passage's id, `data-index` and text); writing the tools there cost one compiled
 * module's worth of elements per passage, in every article.
 */
import { textFragmentUrl } from '../pipeline/cite/export/text-fragment.ts';
import { isSafeUrl } from '../emit/mdx/url.ts';

/** The tools of one passage: `<div class="passage-tools"><span class="passage-anchor"><a href="#id">¶N…</a></span> <a …>in the original</a></div>`. */
function toolsFor(doc: Document, passage: Element, original: string | null): Element | null {
  const id = passage.getAttribute('id');
  const index = passage.getAttribute('data-index');
  if (!id || !index || !/^\d+$/.test(index)) return null;
  const tools = doc.createElement('div');
  tools.className = 'passage-tools';
  const anchorBox = doc.createElement('span');
  anchorBox.className = 'passage-anchor';
  const anchor = doc.createElement('a');
  anchor.setAttribute('href', `#${id}`);
  const label = doc.createElement('span');
  label.className = 'visually-hidden';
  label.textContent = ' (link to this paragraph)';
  anchor.append(`¶${index}`, label);
  anchorBox.append(anchor);
  tools.append(anchorBox);
  const text = passage.firstElementChild?.textContent ?? '';
  const deep = original !== null && text.trim() !== '' ? textFragmentUrl(original, text) : null;
  if (deep !== null && isSafeUrl(deep)) {
    const link = doc.createElement('a');
    link.setAttribute('href', deep);
    link.textContent = 'in the original';
    tools.append(' ', link);
  }
  return tools;
}

/**
 * Adds the tools right after the text of every passage of an article body (before its
 * "Quote also in" lines), once: a passage that already has them is left alone. The
 * original's URL is the body's `data-original`, used only when it is an http(s) URL.
 */
export function addPassageTools(body: Element): void {
  const doc = body.ownerDocument;
  const raw = body.getAttribute('data-original');
  const original = raw !== null && /^https?:\/\//i.test(raw) && isSafeUrl(raw) ? raw : null;
  for (const passage of body.querySelectorAll('.passage[id]')) {
    const block = passage.firstElementChild;
    if (!block || block.classList.contains('passage-tools') || block.nextElementSibling?.classList.contains('passage-tools')) continue;
    const tools = toolsFor(doc, passage, original);
    if (tools) block.after(tools);
  }
}
