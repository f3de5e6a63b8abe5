import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { cleanUrl } from './clean-url.ts';

const LABELLED = /^(?:canonical(?: url)?|source(?: url)?|url|link|permalink|share(?: this)?(?: link| article| story| page)?|original(?: url| article| story)?|(?:this (?:article|story|post|piece) )?(?:was )?originally (?:published|appeared|ran) (?:at|on|in)|read (?:the )?original(?: article)?(?: at| on)?)\s*[:\-–—]?\s*<?(https?:\/\/\S{1,2000})>?$/i;
/** A "view in browser" link, which gives a newsletter's own address ("Having trouble? Open it in your browser: https://…"). */
const IN_BROWSER = /\b(?:view|open|read)\b[^:]{0,40}?\b(?:in|on) (?:your |a |the )?(?:browser|web)\b\s*[:\-–—]?\s*<?(https?:\/\/\S{1,2000})>?$/i;
const BARE = /^<?(https?:\/\/\S{1,2000})>?$/i;

/** Links to a social network's share or profile pages, never the article's own address. */
const SOCIAL = /^https?:\/\/(?:[\w-]+\.)*(?:twitter|x|facebook|fb|linkedin|pinterest|reddit|whatsapp|wa|t|telegram|instagram|threads|bsky|tiktok|youtube)\.(?:com|me|org|net|app)(?:[/:?#]|$)/i;

/** The article's address from a stated URL, or null for anything else (share buttons, malformed links). */
function articleUrl(raw: string | undefined): string | null {
  const url = raw === undefined ? null : cleanUrl(raw);
  return url === null || SOCIAL.test(url) ? null : url;
}

/**
 * The canonical URL as the text states it: a labelled line ("Source: https://…",
 * "Originally published at https://…") anywhere, or a bare URL line among the
 * first or last three non-blank lines (where scrapers record it). Null otherwise.
 */
export function urlEvidence(verdicts: readonly LineVerdict[]): Found | null {
  const nonBlank = verdicts.filter((v) => v.text.trim().length > 0);
  for (const v of nonBlank) {
    const text = v.text.trim().slice(0, 2100);
    const m = LABELLED.exec(text) ?? IN_BROWSER.exec(text);
    const url = articleUrl(m?.[1]);
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  const edges = [...nonBlank.slice(0, 3), ...nonBlank.slice(-3)];
  for (const v of edges) {
    if (v.keep) continue;
    const m = BARE.exec(v.text.trim().slice(0, 2100));
    const url = articleUrl(m?.[1]);
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  return null;
}
