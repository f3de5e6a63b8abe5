/** Finds the `<body>` tag, stepping over comments and raw-text elements that might mention one. */
const BODY_OR_SKIPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp|noscript)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<body\b[^>]*>/gi;
const HTML_TAG = /<html\b([^>]*)>/i;
const WRAPPERS = /<!doctype[^>]*>|<\/?html\b[^>]*>|<\/?head\b[^>]*>|<\/body\s*>/gi;

/**
 * Rewrites a page into `<html><head>…</head><body>…</body></html>` before parsing.
 * linkedom (unlike a browser) loses text outside `<body>`, or all of it when a page has
 * no `<html>`/`<body>` tags; this puts everything after `<body>` (or, without one,
 * everything) in the body, keeping the `<html>` attributes (`lang`).
 */
export function wrapDocument(html: string): string {
  let bodyAt = -1;
  let bodyTag = '<body>';
  BODY_OR_SKIPPED.lastIndex = 0;
  for (let m = BODY_OR_SKIPPED.exec(html); m !== null; m = BODY_OR_SKIPPED.exec(html)) {
    if (/^<body/i.test(m[0])) {
      bodyAt = m.index;
      bodyTag = m[0];
      break;
    }
    if (m[0].length === 0) BODY_OR_SKIPPED.lastIndex += 1;
  }
  const htmlAttrs = (HTML_TAG.exec(bodyAt === -1 ? html.slice(0, 4096) : html.slice(0, bodyAt))?.[1] ?? '').replace(/\/$/, '');
  const headPart = bodyAt === -1 ? '' : html.slice(0, bodyAt);
  const bodyPart = bodyAt === -1 ? html : html.slice(bodyAt + bodyTag.length);
  const head = headPart.replace(WRAPPERS, '');
  const body = bodyPart.replace(WRAPPERS, '').replace(/<body\b[^>]*>/gi, '');
  return `<!doctype html><html${htmlAttrs}><head>${head}</head>${bodyTag}${body}</body></html>`;
}
