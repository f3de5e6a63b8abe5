/**
 * Whether `url` may be written as a link destination in generated MDX.
 *
 * Allowed: absolute `http:`/`https:` URLs (as judged by the WHATWG URL
 * parser, which is what browsers use), site-absolute paths (`/a/b`, but not
 * protocol-relative `//host`), and same-page fragments (`#fn-1`). Everything
 * else (`javascript:`, `data:`, `vbscript:`, relative paths that a browser
 * could resolve against an unexpected base, URLs containing control
 * characters or lone surrogates) is rejected.
 *
 * @param url Candidate URL.
 * @returns `true` when safe to emit.
 */
export function isSafeUrl(url: string): boolean {
  // Control characters (C0, DEL, C1) and whitespace other than a plain space
  // are stripped or mangled by URL parsers; refuse them outright.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(url) || !url.isWellFormed()) return false;
  if (url.startsWith('#')) return true;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
  if (!/^https?:\/\//i.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}

/**
 * Throw unless {@link isSafeUrl} accepts `url`.
 *
 * @param url Candidate URL.
 */
export function assertSafeUrl(url: string): void {
  if (!isSafeUrl(url)) {
    throw new TypeError(`emit/mdx: refusing to emit unsafe link URL ${JSON.stringify(url)}`);
  }
}
