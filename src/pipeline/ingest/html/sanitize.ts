import type { DroppedTally } from './dropped.ts';

/** Elements removed with their content, by report code (null: removed without a report line). */
const REMOVED: Record<string, string | null> = {
  script: 'script',
  iframe: 'iframe',
  frame: 'iframe',
  frameset: 'iframe',
  object: 'object',
  embed: 'object',
  applet: 'object',
  form: 'form',
  input: 'form',
  button: 'form',
  select: 'form',
  textarea: 'form',
  base: 'base',
  style: null,
  link: null,
  template: null,
  portal: null,
};

/** Attributes holding a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'ping', 'lowsrc', 'dynsrc'];

/** The scheme of a URL attribute value, as a browser would read it (entity-decoded, blanks ignored). */
function schemeOf(value: string): string {
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return m?.[1] ?? '';
}

/**
 * Removes from the page, in place, everything that could act rather than read: scripts,
 * frames, plug-ins, forms, `<base>`, meta refresh, event-handler attributes and
 * `javascript:`/`vbscript:`/non-image `data:` URLs. Each removal is counted in `tally`.
 * (Images keep their `data:` sources here; `resolveImage` decides about them.)
 */
export function sanitizeDocument(document: Document, tally: DroppedTally): void {
  for (const meta of [...document.querySelectorAll('meta[http-equiv]')]) {
    if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh') {
      tally.count('meta-refresh');
      meta.remove();
    }
  }
  for (const el of [...document.querySelectorAll(Object.keys(REMOVED).join(','))]) {
    const tag = el.tagName.toLowerCase();
    const code = REMOVED[tag];
    if (!el.isConnected) continue;
    if (code && !(tag === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? ''))) tally.count(code);
    el.remove();
  }
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) {
        tally.count('event-handler');
        el.removeAttribute(name);
        continue;
      }
      if (lower === 'srcdoc') {
        el.removeAttribute(name);
        continue;
      }
      if (!URL_ATTRIBUTES.includes(lower)) continue;
      const scheme = schemeOf(el.getAttribute(name) ?? '');
      if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript') {
        tally.count('javascript-url');
        el.removeAttribute(name);
      } else if (scheme === 'data' && !((tag === 'img' || tag === 'source') && (lower === 'src' || lower === 'srcset'))) {
        tally.count('data-url');
        el.removeAttribute(name);
      }
    }
  }
}
