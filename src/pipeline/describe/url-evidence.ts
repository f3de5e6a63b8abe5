import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { cleanUrl } from './clean-url.ts';

const LABELLED = /^(?:canonical(?: url)?|source(?: url)?|url|link|permalink|printed from|retrieved from|share\s*[·•|]\s*(?:link|url)|share(?: this)?(?: link| article| story| page)?|copy link|kopiera länk|link kopieren|copier le lien|copiar (?:enlace|link|o link)|copia (?:il )?link|kopieer (?:de )?link|skopiuj link|kopier link(?:en)?|original(?: url| article| story)?|(?:this (?:article|story|post|piece) )?(?:was )?originally (?:published|appeared|ran) (?:at|on|in)|read (?:the )?original(?: article)?(?: at| on)?|kopijuoti nuorodą|nuoroda|compart(?:e|ir)(?: esta)? (?:nota|noticia|artículo|enlace)|copiar (?:el )?enlace|enlace|liga|kopírovať odkaz|kopírovat odkaz|odkaz|kopiraj (?:poveznicu|povezavo|link)|poveznica|povezava|kopēt saiti|saite|kopeeri link|afrita hlekk|hlekkur|copiază linkul|копирай (?:връзката|линка)|връзка|скопіювати посилання|посилання|копировать ссылку|ссылка|sao chép liên kết|liên kết|salin (?:pautan|tautan)|pautan|tautan|copïo['’]r ddolen|dolen|kopiatu esteka|esteka|copiar ligazón|ligazón|ikkopja l-link|nakili kiungo|kiungo|kopyahin ang link|kopieer skakel|link másolása|kopioi linkki|αντιγραφή συνδέσμου|bağlantıyı kopyala|bağlantı)\s*[:\-–—]?\s*[<"“]?(https?:\/\/[^\s"”>]{1,2000})[>"”]?$/iu;
/** A share label with an address written without its scheme ("Share this page: example.org/news/story"). */
const LABELLED_BARE = /^(?:share(?: this)?(?: link| article| story| page)?|copy link|kopiera länk|permalink|link|url)\s*[:\-–—]\s*((?:[a-z0-9-]{1,63}\.){1,5}[a-z]{2,24}\/\S{1,2000})$/i;
/** A web archive's copy: the address it archived follows its own ("https://web.archive.org/web/20230615081244/https://…"). */
const ARCHIVED = /https?:\/\/\S{1,200}?\/web\/\d{8,14}[a-z_]{0,4}\/(https?:\/\/[^\s"'<>]{1,2000})/i;
/** A search engine's cached copy ("This is FindIt's cache of https://…"). */
const CACHE_OF = /\bcache of <?(https?:\/\/[^\s<>]{1,2000}?)>?[.,;]?(?:\s|$)/i;
/** A "view in browser" link, which gives a newsletter's own address ("Having trouble? Open it in your browser: https://…"). */
const IN_BROWSER = /\b(?:view|open|read)\b[^:]{0,40}?\b(?:in|on) (?:your |a |the )?(?:browser|web)\b\s*[:\-–—]?\s*<?(https?:\/\/\S{1,2000})>?$/i;
/** A browser's print header or footer: the page's title or site, a bar, then its address ("The Flanders Bulletin | https://…"). */
const PRINT_EDGE = /^[^|]{1,160}\s\|\s*<?(https?:\/\/\S{1,2000})>?$/i;
/** A URL alone on its line; a printed page puts its page count after it ("https://…   1/3"). */
const BARE = /^<?(https?:\/\/\S{1,2000})>?(?:\s{2,}(?:\d{1,3}\s*\/\s*\d{1,3}|page \d{1,3} of \d{1,3}))?$/i;
/** A citation of the page, which ends with its address ("Cite this: Doe, J. (2025). Title. The Ledger. https://…"). */
const CITE_THIS = /^(?:cite this(?: (?:article|page|story|report))?|how to cite(?: this)?|cite as|suggested citation)\s*:.*?\s<?(https?:\/\/\S{1,2000}?)>?\.?$/i;
/** The republishing snippet a newsroom offers, whose link on "article" or "story" is the original ("<p>This <a href="https://…">article</a> first appeared on …"). */
const REPUBLISH_SNIPPET = /\bthis <a\s[^>]*?href=["'](https?:\/\/[^"'\s]{1,2000})["'][^>]*>\s*(?:article|story|piece|report)\s*<\/a>\s*(?:first |originally )?(?:appeared|was published|was first published)\b/i;
/** A heading over a list of other articles ("More stories:", "Related", "Read more", "See also"). */
const LIST_HEADING = /^(?:more(?: stories| news| from| on)?|related(?: stories| articles| links)?|read (?:more|next|also)|see also|also read|recommended|further reading|links?)\b.{0,40}:?$/i;

/** A teaser's label before its title ("RELATED: City buys two new plows", "Read more: …"). */
const TEASER_LABEL = /^[\p{L}][\p{L} ]{1,29}:\s*(\S.*)$/u;

/** True for a teaser line: a label, then a title of four words or more that is not a list of tags ("Tags: A, B, C"). */
function teaserLine(text: string): boolean {
  const title = TEASER_LABEL.exec(text.trim())?.[1];
  return title !== undefined && title.split(/\s+/).length >= 4 && (title.match(/,/g)?.length ?? 0) <= 1;
}

/** A share prompt; a bare link right after it is the address being shared ("Share:", "Compartilhe:", "Copy link"). */
const SHARE_PROMPT = /^(?:share|share this(?: article| story| page)?|compartilhe|compartir|partager|teilen|condividi|delen|dela|copy link|copiar link)(?:\b|(?=\p{Lu}))|copy ?link$/iu;

/** Links to a social network's share or profile pages, never the article's own address. */
const SOCIAL = /^https?:\/\/(?:[\w-]+\.)*(?:twitter|x|facebook|fb|linkedin|pinterest|reddit|whatsapp|wa|t|telegram|instagram|threads|bsky|tiktok|youtube)\.(?:com|me|org|net|app)(?:[/:?#]|$)/i;

/** A text browser's skip link at the top of the page ("[1]Skip to main content"), by its reference number. */
const SKIP_LINK = /^\[(\d{1,4})\]\s*skip to (?:the )?(?:main )?(?:content|article|text)\b/i;

/**
 * The page's own address from a text browser's dump (lynx, w3m): its skip link points into the page itself
 * ("[1]Skip to main content" … "1. https://example.org/news/story#main"), so the reference it names,
 * without its fragment, is the page.
 */
function skipLinkUrl(lines: readonly LineVerdict[]): Found | null {
  const n = lines.slice(0, 5).map((v) => SKIP_LINK.exec(v.text.trim())?.[1]).find((x) => x !== undefined);
  if (n === undefined) return null;
  const reference = new RegExp(`^\\s*${n}\\.\\s+(https?:\\/\\/\\S{1,2000})$`);
  for (const v of lines) {
    const m = reference.exec(v.text);
    if (m?.[1] === undefined || !m[1].includes('#')) continue;
    const url = articleUrl(m[1]);
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  return null;
}

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
    const m = LABELLED.exec(text) ?? IN_BROWSER.exec(text) ?? CITE_THIS.exec(text) ?? REPUBLISH_SNIPPET.exec(text) ?? ARCHIVED.exec(text) ?? CACHE_OF.exec(text);
    const schemeless = m === null ? LABELLED_BARE.exec(text)?.[1] : undefined;
    const url = articleUrl(m?.[1] ?? (schemeless === undefined ? undefined : `https://${schemeless}`));
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  for (const [i, v] of nonBlank.entries()) {
    const before = nonBlank[i - 1];
    if (v.keep || before === undefined || !SHARE_PROMPT.test(before.text.trim())) continue;
    const url = articleUrl(BARE.exec(v.text.trim().slice(0, 2100))?.[1]);
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  const skip = skipLinkUrl(nonBlank);
  if (skip !== null) return skip;
  const edges = [...nonBlank.slice(0, 3), ...nonBlank.slice(-3)];
  const bare = (v: LineVerdict | undefined): boolean => v !== undefined && BARE.test(v.text.trim().slice(0, 2100));
  for (const v of edges) {
    if (v.keep) continue;
    // A link in a list of links, or under a heading such as "More stories:", is another article's.
    const i = nonBlank.indexOf(v);
    const before = nonBlank[i - 1];
    // So is a link right under a teaser the cleaner removed as related ("RELATED: City buys two new plows").
    if (bare(before) || bare(nonBlank[i + 1]) || (before !== undefined && (LIST_HEADING.test(before.text.trim()) || (!before.keep && before.reason === 'related' && teaserLine(before.text))))) continue;
    const text = v.text.trim().slice(0, 2100);
    const m = BARE.exec(text) ?? (v === nonBlank[0] || v === nonBlank[nonBlank.length - 1] ? PRINT_EDGE.exec(text) : null);
    const url = articleUrl(m?.[1]);
    if (url !== null) return { value: url, provenance: `line ${v.n}` };
  }
  return null;
}
