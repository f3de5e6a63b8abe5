import { BY_WORD } from '../clean/local-chrome.ts';
import { withoutSiteSuffix } from '../clean/normalise-line.ts';
import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { tidy } from './field.ts';
import { dateLine, headerZone, menuLine, metaStrip, readingTimeLine } from './header.ts';
import { findDate } from './to-iso-date.ts';
import { organisationName } from './publisher-evidence.ts';

const MAX_CHARS = 400;

const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}'’-]*\\.?|de|van|von|der|da|del|di|le|la|bin|al|i|y|dos|das|do)";
const PERSON = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_TOKEN}){1,4}$`, 'u');
const PEOPLE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_TOKEN}){1,4}(?:(?:,\\s*|\\s+(?:and|&)\\s+)\\p{Lu}[\\p{L}'’.-]*(?:\\s+${NAME_TOKEN}){1,4}){0,4}$`, 'u');

const BYLINE_PREFIX = /^(?:by:?|written by|words by|words:|reporter:|reporting:|text and photos:|story by|report by|posted by|interview by|interviewed by|text by|text:|(?:recipe|analysis|review|column|video) by|reviewed by|delivered by:?|author:?|authors:?|byline:?|von:?|par:?|por:?|escrito por|texto:?|autor:?|autora:?|auteur\s?:|door|av|af|di|автор:?)\s+/iu;
const NAME_FIRST = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}?(?=\s*[|·•,]|\s[-–—]|\s+(?:at|in)\s+\p{Lu}|(?<=\p{Ll})\p{Lu}\p{Ll}{2}\.?\s\d|\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)/u;
const AGENCY_SUFFIX = /\s+(?:the\s+)?(?:associated press|reuters|afp|bloomberg|ap|cnn|bbc|upi|staff)$/i;
const EDITOR_PREFIX = /^(?:\(?\s*)?(?:edited by|editing by|editor:|(?:fact[- ]?checked|medically|clinically|expert|peer) (?:and (?:medically |clinically |expert )?)?reviewed by|fact[- ]?checked by|édité par|edité par|édition\s?:|editado por|edición:|redigiert von|bearbeitet von|redaktion:|a cura di|redactie:|redigerad av)\s*/iu;
/** An editor named after a separator in a byline strip ("By Jo Doe · Edited by Al Roe"). */
const EDITOR_IN_STRIP = /[·•|;]\s*(?:edited|editing|(?:medically|fact[- ]?checked) reviewed|fact[- ]?checked) by\s+([^·•|;]{2,120})$/iu;
/** "This article was edited by Jane Doe." */
const EDITED_NOTE = /^this (?:article|story|report|piece) (?:was|has been) edited by\s+([^.;()]{2,120})\.?$/i;
/** A wire sign-off with the editor after the agency ("— GLNA / Editing by Jane Doe"). */
const SIGNED_OFF_EDITOR = /^[-–—]\s*[\p{Lu}\p{N}][\p{L}\p{N} .&'’-]{0,40}\s*[/;|]\s*(?:edited|editing) by\s+([^;()]{2,120}?)\s*\)?\.?$/iu;
const WIRE_FOOTER = /^\(?\s*(?:(?:additional )?reporting by\s+([^;()]{2,200}?))?\s*(?:;\s*)?(?:(?:writing|written) by\s+([^;()]{2,120}?))?\s*(?:;\s*)?(?:(?:editing|edited) by\s+([^;()]{2,200}?))?\s*\)?\.?$/i;
const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
/** Where text glued to a name starts: a month, a label, a number, a place in capitals ("BellVALEA STERPEI") or a role ("NwosuCulture Editor"). */
const GLUED_TAIL = new RegExp(`(?<=\\p{Ll})(?=${MONTHS}|Updated|Published|Posted|\\d|\\p{Lu}{3,}|(?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:Staff|Senior|Chief|Editor|Reporter|Writer|Correspondent|Columnist|Contributor|Producer)\\b)`, 'u');
/** Where a name ends in a byline: a separator, a date ("on June 20"), a label, an outlet, a place or a number. */
const NAME_END = new RegExp(
  `\\s*(?:\\||·|•|\\s[-–—]\\s|\\bon\\s+(?:\\p{Lu}\\p{Ll}+day\\b|${MONTHS})|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bfor\\s+(?:the\\s+)?\\p{Lu}|\\bat\\s+\\p{Lu}|\\bin\\s+\\p{Lu}|\\d)`,
  'iu',
);
/** Honours after a name, which are not part of it ("… MP", "… OBE"). Titles before it ("Dr.") are kept as written. */
const POST_NOMINAL = /(?:,?\s+(?:MP|MSP|MS|MLA|TD|MEP|PhD|MD|OBE|MBE|CBE|KBE|DBE|QC|KC|Jr\.?|Sr\.?))+$/u;
/** Nouns that end a job title ("Communications Officer", "Head of News"). */
const ROLE_NOUN = /\b(?:officer|manager|director|head|lead|coordinator|co-ordinator|adviser|advisor|specialist|spokesperson|spokesman|spokeswoman|secretary|assistant|intern|fellow|professor|lecturer|researcher|staff|reporter|writer|editor|correspondent|contributor|columnist|producer|critic|presenter|host|librarian|curator|archivist|historian|economist|analyst|photographer|designer|developer|engineer|scientist|consultant|executive|founder|president|chair|chairman|chairwoman|councillor|communications|relations|affairs|marketing|department|office|team|desk|services|operations|newsroom)s?$/i;
/** English words that are never part of a person's name, written as a name would be ("At", "Of", "After"). */
const NOT_IN_NAMES = /(?<!\p{L})(?:At|Of|For|As|The|Is|Was|Are|Were|After|Before|Over|Into|With|From)(?!\p{L})/u;
/** Words that name an outlet or an agency, never a person ("Continental Wire Service", "Ashcote Weekly Bulletin"). */
const OUTLET_WORD = /(?<!\p{L})(?:news|newswire|times|daily|weekly|journal|media|magazine|herald|tribune|gazette|chronicle|wire|press|bulletin|network|agency|service|newsroom|radio|television|tv|voice|courier|ledger|sentinel|observer|clarion|advertiser|examiner|inquirer|dispatch|gazetesi|notícias|noticias|nachrichten|notizie|nyheter|nyheder|uutiset|zprávy|jornal|zeitung|gazzetta|sanomat)(?!\p{L})/iu;
/**
 * A wire dateline the cleaner took for a byline: a place in capitals, then a date or
 * an agency, then a dash ("HARLAN COVE, May 6, 2025 — The department …", "KRAVSKO (CWS) -").
 */
function wireDateline(text: string): boolean {
  const m = /^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,3}(?:\s*\([^)]{1,40}\))?\s*(,\s*)?(.*)$/u.exec(text);
  const rest = m?.[2];
  if (!m || rest === undefined) return false;
  if (m[1] === undefined) return /^[-–—]\s/u.test(rest) || /^[-–—]$/u.test(rest);
  const date = findDate(rest.slice(0, 60));
  return date !== null && date.start <= 2 && /^\s*[-–—]/u.test(rest.slice(date.end));
}
const ROLE_WORDS = /\b(?:staff|senior|reporter|writer|editor|correspondent|contributor|columnist|producer|analyst|news|desk|team|bureau|chief|associate|deputy|managing|contributing|special|political|business|technology|tech|science)\b/i;

const CAPITALS_NAME = "\\p{Lu}[\\p{Lu}'’.-]+(?:\\s+\\p{Lu}[\\p{Lu}'’.-]+){1,3}";
/** Names printed in capitals, joined by "and" or commas, then mixed case: "JANE DOE and JOHN ROE Continental Press". */
const CAPITALS_NAMES = new RegExp(`^(${CAPITALS_NAME}(?:\\s*(?:,|\\s(?:and|&)\\s)\\s*${CAPITALS_NAME}){0,3})\\s+\\p{Lu}\\p{Ll}`, 'u');

/** An outlet's staff credited as a whole ("Kelby Observer Staff", "Herald Reporters"). */
const OUTLET_STAFF_CREDIT = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:observer|herald|times|news|post|gazette|chronicle|journal|tribune|courier|ledger|standard|echo|express|mail|star|telegraph|guardian|independent|mercury|record|sentinel|press|media|daily|weekly)\s+(?:staff|reporters?|team|desk|writers?)$/iu;

/** Words no person's name ends with: a desk's, a role's or an agency's. */
const NOT_A_PERSON_END = /(?:^|\s)(?:reporters?|correspondents?|desk|staff|team|bureau|agencies|agency|newsroom|wire|services?|writers?|merkezi|redacción|rédaction|redaktion|redazione|redação|redacao|toimitus|redaktionen|redakce|redakcja)$/iu;

/** A person's name (or several, joined as written) from the text after a byline marker, or null. */
export function personName(raw: string, allowSeveral = true): string | null {
  let text = raw.replace(/\s+/g, ' ').trim().replace(/\s*<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, ' ').trim();
  // The outlet's staff ("Kelby Observer Staff", "Herald Reporters") is no person.
  if (OUTLET_STAFF_CREDIT.test(text)) return null;
  // A social handle after the name ("Jo Doe @jodoe"), and a photographer's credit after a full stop ("Jo Doe. Photos by Al Roe").
  text = text.replace(/\[\d{1,4}\](?=\S)/g, '').replace(/\s+@[\w.]{2,40}\b.*$/u, '').replace(/\.?\s+(?:photos?|pictures?|images?|photography|video|illustrations?)(?: by|:)\s.*$/iu, '').trim();
  // "JANE DOE Continental Press": a name printed in capitals ends where mixed case begins.
  const capitals = CAPITALS_NAMES.exec(text);
  if (capitals?.[1] !== undefined) text = capitals[1];
  // A name printed in capitals is written as a name ("JANE DOE and JOHN ROE" → "Jane Doe and John Roe"); "Mc" keeps
  // the capital after it ("JOHN McALEER" → "John McAleer"; "Mac" is left alone: "MACHADO" is "Machado").
  if (/\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text.replace(/\s(?:and|und|et|y|e|og|och|en)\s/gu, ' ').replace(/\bMc(?=\p{Lu}{2})/gu, ''))) {
    text = text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()).replace(/\s(And|Und|Et|Y|E|Og|Och|En)\s/gu, (m) => m.toLowerCase()).replace(/\b(Mc)(\p{Ll})/gu, (_m, mc: string, c: string) => mc + c.toUpperCase());
  }
  text = text.split(GLUED_TAIL)[0] ?? text;
  // "By" in another language ("Na Athman Said", "Ni Ma. Theresa Villanueva"), when a full name follows it ("Na Li" is a name).
  const unprefixed = text.replace(BY_WORD, '');
  if (unprefixed !== text && /\S\s+\S/u.test(unprefixed)) text = unprefixed;
  text = text.replace(AGENCY_SUFFIX, '');
  text = text.split(NAME_END)[0] ?? text;
  text = tidy(text.replace(/\s*\(@?\w{1,30}\)\s*$/, '').replace(/,\s*(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:staff|senior|reporter|writer|editor|correspondent|contributor|columnist|producer)\b.*$/iu, ''));
  text = tidy(text.replace(POST_NOMINAL, ''));
  // A title before the name ("Dr Lena Forsyth", "Professor Ewan Tarrant-Shah"): the name as a citation gives it.
  text = text.replace(/(^|,\s*|\s(?:and|&)\s)(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev|Revd|Dott|Dra|Drs)\.?\s+(?=\p{Lu})/gu, '$1');
  // Trailing role/outlet after a comma ("Jane Doe, Reuters", "Jane Doe, Communications Officer"): keep the person only.
  // An outlet after the names ("Jo Doe and Al Roe, Kelby Observer"): the people only.
  text = text.replace(/,\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:observer|post|courier|ledger|standard|echo|express|mail|star|guardian|independent|telegraph|mercury|sentinel|herald|times|tribune|gazette|chronicle|journal|news|press|wire|notícias|noticias|nachrichten|notizie|nouvelles|nyheter|nyheder|uutiset|zprávy|haberleri|diario|diário|jornal|zeitung|gazzetta|tidende|sanomat)$/iu, '');
  const parts = text.split(/\s*,\s*/);
  // "Jo Doe, Al Roe and Kim Lee": people listed, not a person and a role.
  const listed = (part: string): boolean => part.split(/\s+(?:and|&)\s+/).every((name) => PERSON.test(name) && !ROLE_NOUN.test(name));
  if (parts.length === 2 && parts[1] !== undefined && / (?:and|&) /.test(parts[1]) && listed(parts[1]) && PERSON.test(parts[0] ?? '')) {
    // keep every name
  } else if (parts.length === 2 && parts[1] !== undefined && (!PERSON.test(parts[1]) || ROLE_NOUN.test(parts[1]))) text = parts[0] ?? text;
  // "Dr. Jo Roe, MD, Pediatrics": a name, then credentials and a specialty, none of them a person.
  else if (parts.length > 2 && PERSON.test(parts[0] ?? '') && parts.slice(1).every((part) => !PERSON.test(part) || ROLE_NOUN.test(part) || /^\p{Lu}{2,5}$/u.test(part))) text = parts[0] ?? text;
  // A name that starts with "The" is a title or an outlet's ("The Kellow Valley Advertiser"), never a person's,
  // and one with a word that no name has is a headline in capitals ("NEW BRIDGE OPENED AT").
  if (text.length < 3 || text.length > 160 || OUTLET_WORD.test(text) || /^the\s/i.test(text) || NOT_IN_NAMES.test(text)) return null;
  if (ROLE_WORDS.test(text) && !PERSON.test(text)) return null;
  // A credit to a desk or an agency names no one ("Staff Reporter", "Our Correspondent", "Web Desk", "Agencies", "PTI").
  if (NOT_A_PERSON_END.test(text) || /^(?:by\s+)?\p{Lu}{2,6}$/u.test(text) || /^by\s/i.test(text)) return null;
  const re = allowSeveral ? PEOPLE : PERSON;
  return re.test(text) ? text : null;
}

/** Labels and buttons that read like a name in title case ("Fact Check", "Play Video", "Read More"). */
const LABEL_WORD = /^(?:fact|check|opinion|analysis|explainer|breaking|exclusive|live|updates?|video|audio|watch|listen|play|share|read|more|next|previous|back|top|latest|related|sponsored|advertisement|subscribe|follow|download|sign|log|print|email|comments?|menu|search|home|close|open|view|show|hide|photos?|gallery)$/i;

/** True when a line is a person's name standing alone. */
function aloneName(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && PERSON.test(t) && !ROLE_WORDS.test(t) && !t.split(/\s+/).some((w) => LABEL_WORD.test(w));
}

/**
 * The author as the page states it: a byline ("By Jane Doe"), a wire footer
 * ("Reporting by …"), or an author box (a name repeated or followed by a bio).
 * Photo credits and "Follow X on Twitter" are not authorship. Returns null
 * when the page does not say.
 */
export function authorEvidence(verdicts: readonly LineVerdict[]): Found | null {
  const found = statedAuthor(verdicts);
  // Every value is read as a name: capitals, titles and honours are normalised, and an outlet is no author.
  const name = found === null ? null : personName(found.value);
  if (found === null || name === null) return null;
  // A name the page gives without "By" is refused when the article uses its words as common words
  // ("Great Crowd Witnesses Ceremony" above a story about "a crowd" and "the ceremony").
  const at = verdicts.findIndex((v) => `line ${v.n}` === found.provenance);
  const line = verdicts[at]?.text.trim() ?? '';
  if (!BYLINE_PREFIX.test(line) && commonWords(name, verdicts) >= 2) return null;
  // A line in capitals under another line in capitals is the second line of a headline ("NEW BRIDGE OPENED AT / KELLOW FORD").
  const above = verdicts.slice(0, Math.max(at, 0)).filter((v) => v.text.trim().length > 0).at(-1)?.text.trim() ?? '';
  if (!BYLINE_PREFIX.test(line) && inCapitals(line) && inCapitals(above) && !dateLine(above)) return null;
  return { value: name, provenance: found.provenance };
}

/** True when a line has letters and none of them in lower case. */
function inCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** How many words of a name the article's kept text also uses in lower case. */
function commonWords(name: string, verdicts: readonly LineVerdict[]): number {
  const used = new Set<string>();
  for (const v of verdicts) {
    if (!v.keep) continue;
    for (const w of v.text.match(/(?<![\p{L}'’-])\p{Ll}[\p{Ll}'’-]*/gu) ?? []) used.add(w);
  }
  return name.split(/[\s,]+/).filter((w) => w.length > 2 && w !== w.toLowerCase() && used.has(w.toLowerCase())).length;
}

/**
 * A byline line the cleaner kept in the article's header: one that says so
 * ("Words: Jane Doe | Photography: …"), or a name with a date ("Jane Doe · Health
 * Correspondent · 11 Feb 2025").
 */
function keptHeaderByline(v: LineVerdict, zone: ReadonlySet<number>): boolean {
  const text = v.text.trim();
  if (!v.keep || !zone.has(v.n) || text.length > 100) return false;
  return BYLINE_PREFIX.test(text) || (bylineLine(v) && findDate(text) !== null);
}

/** A writer's role after the names of a byline ("…, Staff Writers", "…, Senior Correspondent"). */
const WRITER_ROLE = /,\s*(?:(?:senior|staff|contributing|chief|special|political|business|news|investigative)\s+){0,2}(?:writer|reporter|correspondent|columnist|contributor|journalist)s?$/i;

/** The names of a header line that gives them with a writer's role ("Maya Roe and Theo Lind, Staff Writers"), whatever the cleaner made of it. */
function roleByline(v: LineVerdict, zone: ReadonlySet<number>): string | null {
  const text = v.text.trim().replace(BYLINE_PREFIX, '');
  return zone.has(v.n) && text.length <= 120 && WRITER_ROLE.test(text) ? personName(text) : null;
}

/** A name glued to the role after it ("Callum RidgewayProperty reporter", "Ana SousaSenior Editor"). */
const GLUED_ROLE_BYLINE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}\s+\p{Lu}[\p{Ll}'’-]*\p{Ll})(?=\p{Lu}\p{Ll}*(?:\s+\p{L}+){0,2}\s*$)/u;

/** A name followed by its role in title case, no separator between ("Ciarán Doyle Education Correspondent"): the name. */
const SPACED_ROLE = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:(?:Senior|Chief|Staff|Political|Business|Education|Health|Science|Sports?|Crime|Courts?|Local|Arts|Culture|Environment|Climate|Technology|Tech|Economics|Energy|Transport|Data|Deputy|Associate|Managing|Contributing|Special|Investigative|Foreign|Home|City|Regional|Digital|Property|Consumer|Legal|Security|Defence|Defense)\s+){1,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Critic|Producer)s?$/u;

function statedAuthor(verdicts: readonly LineVerdict[]): Found | null {
  const zone = headerZone(verdicts);
  for (const v of verdicts) {
    const text = v.text.slice(0, MAX_CHARS).trim();
    if (text.length === 0) continue;
    const credited = roleByline(v, zone);
    if (credited !== null) return { value: credited, provenance: `line ${v.n}` };
    if (!(!v.keep && v.reason === 'byline') && !keptHeaderByline(v, zone)) continue;
    if (BYLINE_PREFIX.test(text)) {
      const name = personName(text.replace(BYLINE_PREFIX, ''));
      if (name !== null) return { value: name, provenance: `line ${v.n}` };
    }
    // A name with its role glued on by the extractor ("Callum RidgewayProperty reporter").
    const glued = v.reason === 'byline' ? GLUED_ROLE_BYLINE.exec(text)?.[1] : undefined;
    // The glued part must be a role ("…Property reporter"), not the rest of a name ("Gordon MacIsaac").
    if (glued !== undefined && ROLE_NOUN.test(text.slice(glued.length).trim())) {
      const name = personName(glued, false);
      if (name !== null) return { value: name, provenance: `line ${v.n}` };
    }
    // A name and a role in title case, with no separator ("Ciarán Doyle Education Correspondent").
    const spaced = zone.has(v.n) && v.reason === 'byline' ? SPACED_ROLE.exec(text)?.[1] : undefined;
    if (spaced !== undefined) {
      const name = personName(spaced, false);
      if (name !== null) return { value: name, provenance: `line ${v.n}` };
    }
    // Two or more names alone in the header's byline ("Jo Doe and Al Roe"), before any one of them in a bio below.
    if (zone.has(v.n) && v.reason === 'byline' && /\s(?:and|&)\s|,\s/.test(text) && PEOPLE.test(text)) {
      const names = personName(text);
      if (names !== null) return { value: names, provenance: `line ${v.n}` };
    }
    // A wire dateline and a transcript's speaker label ("JANE DOE, HOST:") are not bylines.
    // A name without "By" counts only in the header: further down it signs a letter or a quote.
    const lead = !zone.has(v.n) || wireDateline(text) || /:$/.test(text) ? undefined : NAME_FIRST.exec(text)?.[0];
    if (lead !== undefined) {
      const name = personName(lead, false);
      if (name !== null) return { value: name, provenance: `line ${v.n}` };
    }
  }
  for (const v of verdicts) {
    if (v.keep) continue;
    const m = WIRE_FOOTER.exec(v.text.slice(0, MAX_CHARS).trim());
    const raw = m?.[1] ?? m?.[2];
    if (raw !== undefined) {
      const name = personName(raw.replace(/\s+in\s+\p{Lu}[\p{L} ]*$/u, '').replace(/\s+and\s+/g, ' and '));
      if (name !== null) return { value: name, provenance: `line ${v.n}` };
    }
  }
  return stripName(verdicts, zone) ?? datedName(verdicts) ?? authorBox(verdicts);
}

/** The one person named in a header strip of fields with a date ("7 April 2025 · Jane Doe · 6 min read"). */
function stripName(verdicts: readonly LineVerdict[], zone: ReadonlySet<number>): Found | null {
  for (const v of verdicts) {
    if (!zone.has(v.n)) continue;
    const names = (metaStrip(v.text) ?? []).filter((field) => lonePerson(field) && !staffCredit(field));
    if (names.length === 1 && names[0] !== undefined) return { value: names[0], provenance: `line ${v.n}` };
  }
  return null;
}

/** True when a line is a person's name alone and not an outlet's ("Jane Doe", not "The Ashford Chronicle"). */
function lonePerson(text: string): boolean {
  const t = text.trim();
  return aloneName(t) && t.split(/\s+/).length <= 4 && !organisationName(t) && !/\p{Lu}{2}/u.test(t.replace(/\b(?:II|III|IV|Jr|Sr)\b/g, ''));
}

/** True when a line is a byline that says so: "By Jane Doe", "Par Claire Dumoulin". */
export function prefixedByline(text: string): boolean {
  const t = text.slice(0, MAX_CHARS).trim();
  return BYLINE_PREFIX.test(t) && personName(t.replace(BYLINE_PREFIX, '')) !== null;
}

/** A byline that credits the outlet's staff, not a person ("Herald staff", "By WCQT Staff", "Real Life Team", "News Desk"). */
const STAFF_CREDIT = /^(?:by\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,3}(?:staff|staff reports?|staff writers?|news ?desk|newsroom|team|desk|reporters)$/iu;

/** True when a line credits the outlet's staff rather than a person. */
export function staffCredit(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && STAFF_CREDIT.test(t);
}

/** True when a line is a byline: labelled as one, "By …", a staff credit, a name alone, or a name with a role ("Jane Doe · Senior Writer"). */
export function bylineLine(v: LineVerdict): boolean {
  const text = v.text.slice(0, MAX_CHARS).trim();
  if (text.length === 0) return false;
  if (!v.keep && v.reason === 'byline') return true;
  if (prefixedByline(text) || staffCredit(text)) return true;
  if (lonePerson(text)) return true;
  const lead = NAME_FIRST.exec(text)?.[0];
  return lead !== undefined && personName(lead, false) !== null && text.length <= 80 && /[|·•]/u.test(text);
}

/**
 * A byline without a label in the article's header: a person's name alone on its
 * line, next to the line that dates the article ("Jane Doe" above "May 21, 2024"),
 * with at most one line between them (often the outlet's name).
 */
function datedName(verdicts: readonly LineVerdict[]): Found | null {
  const zone = headerZone(verdicts);
  const lines = verdicts.filter((v) => zone.has(v.n) && v.text.trim().length > 0);
  const menus = lines.filter((v) => /\s{2,}|\s[·•|]\s/u.test(v.text.trim())).map((v) => v.text.toLowerCase());
  // A name-like line above the headline is a section kicker ("Smart Home"), not a byline.
  const headline = lines.find((v) => v.keep && v.reason === 'headline')?.n ?? 0;
  const name = (v: LineVerdict | undefined): boolean =>
    v !== undefined && v.n > headline && lonePerson(v.text) && !menus.some((m) => m.includes(v.text.trim().toLowerCase()));
  for (const [j, d] of lines.entries()) {
    // A reading time stands where the date does in a reader view ("Orla Keaveny" over "5–6 minutes").
    if (!dateLine(d.text.trim()) && !readingTimeLine(d.text)) continue;
    // The nearest name above the date line (at most one line between), else the line just below it.
    // Two names stacked over the date are the author and the place filed from ("Jane Doe" / "New Delhi").
    const stacked = name(lines[j - 1]) && name(lines[j - 2]) && lines[j - 1]!.n === lines[j - 2]!.n + 1;
    const v = stacked ? lines[j - 2] : [lines[j - 1], lines[j - 2], lines[j + 1]].find(name);
    if (v) return { value: v.text.trim(), provenance: `line ${v.n}` };
  }
  return null;
}

/** An author box: a lone name (often repeated) followed by a bio that starts with that name, or a lone name right under the headline. */
function authorBox(verdicts: readonly LineVerdict[]): Found | null {
  const lines = verdicts.filter((v) => v.text.trim().length > 0);
  for (let i = 0; i < lines.length; i += 1) {
    const v = lines[i];
    if (!v || v.keep || !aloneName(v.text)) continue;
    const name = v.text.trim();
    const first = name.split(/\s+/)[0] ?? name;
    for (const w of lines.slice(i + 1, i + 4)) {
      const t = w.text.trim();
      if (w.reason === 'bio' && (t.startsWith(first) || /^(?:he|she|they)\b/i.test(t))) return { value: name, provenance: `line ${v.n}` };
    }
    const next = lines[i + 1];
    if (next && !next.keep && next.text.trim() === name && v.reason === 'byline') return { value: name, provenance: `line ${v.n}` };
  }
  for (const v of lines) {
    if (v.reason !== 'bio') continue;
    const m = /^(?:about the author:?\s*)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:has|is|writes|covers|reports|joined)\b/u.exec(v.text.slice(0, MAX_CHARS).trim());
    const personal = /^(?:about the author:?\s*)?\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3}\s+(?:writes|covers|reports)\b/u.test(v.text) || /\b(?:he|she|they|his|her|their|writer|reporter|journalist|columnist|editor|correspondent|contributor|author|critic|photographer)\b/i.test(v.text.slice(0, MAX_CHARS));
    if (m?.[1] !== undefined && personal && aloneName(m[1])) return { value: m[1], provenance: `line ${v.n}` };
  }
  // The cleaner's headline, unless it is a menu or a strip of fields (then what lies under it is not known to be a byline).
  const headline = verdicts.findIndex((v) => v.reason === 'headline' && !menuLine(v.text) && metaStrip(v.text) === null);
  if (headline !== -1) {
    const firstBody = verdicts.findIndex((v, k) => k > headline && v.keep && v.reason !== 'dek' && v.reason !== 'caption' && v.reason !== 'headline');
    for (const v of verdicts.slice(headline + 1, firstBody === -1 ? undefined : firstBody)) {
      // A removed byline right under the headline: the name, without a role glued to it ("Jane DoeCulture Editor").
      const text = v.text.slice(0, MAX_CHARS);
      const alone = !v.keep && v.reason === 'byline' && text.length <= 100 ? personName(text, false) : null;
      if (alone !== null && (aloneName(text) || GLUED_TAIL.test(text))) return { value: alone, provenance: `line ${v.n}` };
      const several = !v.keep && v.reason === 'byline' && /\s(?:and|&)\s|,/.test(v.text) ? personName(v.text) : null;
      if (several !== null && several === tidy(v.text)) return { value: several, provenance: `line ${v.n}` };
    }
    const above = titledByline(verdicts, headline);
    if (above !== null) return above;
  }
  return null;
}

/**
 * A removed byline set between the page's title and the headline that repeats it ("Title | Site", "Jo Doe",
 * "Title"): the name.
 */
function titledByline(verdicts: readonly LineVerdict[], headline: number): Found | null {
  const lines = verdicts.slice(0, headline).filter((v) => v.text.trim().length > 0);
  const [title, byline] = lines.slice(-2);
  if (!title || !byline || byline.keep || byline.reason !== 'byline') return null;
  const key = (text: string): string => withoutSiteSuffix(text.trim()).toLowerCase();
  if (key(title.text) !== key(verdicts[headline]?.text ?? '')) return null;
  const name = byline.text.slice(0, MAX_CHARS).trim();
  return aloneName(name) ? { value: name, provenance: `line ${byline.n}` } : null;
}

/** The editor as stated ("Edited by Jane Doe", "Editing by …", "Editor: …"), or null. */
export function editorEvidence(verdicts: readonly LineVerdict[]): Found | null {
  for (const v of verdicts) {
    const text = v.text.slice(0, MAX_CHARS).trim();
    // The note a newsroom adds under a story says so whatever the cleaner kept ("This article was edited by Jane Doe.").
    const noted = EDITED_NOTE.exec(text)?.[1];
    if (v.keep && noted === undefined) continue;
    // "By Jo Doe · Edited by Al Roe": the editor set in the byline strip.
    const inStrip = EDITOR_IN_STRIP.exec(text)?.[1];
    const prefixed = EDITOR_PREFIX.test(text) ? text.replace(EDITOR_PREFIX, '') : (inStrip ?? null);
    const footer = WIRE_FOOTER.exec(text)?.[3] ?? SIGNED_OFF_EDITOR.exec(text)?.[1];
    const raw = noted ?? prefixed ?? footer;
    if (raw === undefined || raw === null) continue;
    const name = personName(raw.replace(/[)\s.]+$/, ''));
    if (name !== null) return { value: name, provenance: `line ${v.n}` };
  }
  return null;
}
