/**
 * People and organisations named in a story, each with the passages that mention them.
 *
 * 1. Candidates: runs of capitalised words in body sentences (paragraphs, quotes, list items; never
 *    headings or captions, and never sentences in headline case — most of their words capitalised), at
 *    most 6 words, joined by spaces (or "&"), with name particles (de, van, von, bin, al) and "of" after
 *    an organisation word ("Department of Justice"). A sentence-initial word stays in a run only when the
 *    story also capitalises it mid-sentence (or it is an acronym / has inner capitals: "ZDNet").
 *    Leading role words ("President", "Chief") and a leading "The" are peeled off the run.
 * 2. Evidence, collected over the whole story:
 *    - person: a role or honorific before it ("company president Brad Smith", "Dr. Roe"), a speech verb
 *      next to it ("said Matt Cagle", "Smith said"), an appositive role after it ("Matt Cagle, a … attorney"),
 *      or a quote speaker found by `findQuotes`; a person has 2–4 words (1 with an honorific);
 *    - organisation: an organisation word at its end ("… Union", "… Post", "… Department", "Congress"),
 *      a common-noun head before it ("tech company AnyVision", "retailer Amazon", "companies like Microsoft"),
 *      a corporate word after it ("a Microsoft spokesperson", "Microsoft Corp"), an acronym used twice or
 *      expanded ("American Civil Liberties Union (ACLU)"), inner capitals used twice ("AnyVision"), or a
 *      coordination with an organisation ("Amazon and IBM").
 *    Days, months, countries, nationalities, places and role words are never entities.
 * 3. Merging: an acronym joins its expansion; "Microsoft Corp" joins "Microsoft"; a surname alone
 *    ("Smith said") joins the one person with that surname.
 * 4. Mentions: every passage of every source (headings included) is scanned once for the accepted names
 *    (longest match, ≤ 6 words). Entities are ranked by number of sources, then mentions, then name.
 * Linear in the text: per token a bounded number of map look-ups.
 */
import type { Citation, Passage } from '../types.ts';
import { findQuotes, quotesOf } from '../cite/quotes/index.ts';
import type { SummarySource } from './summarize.ts';
import { forgetWithTextAnalyses, sentencesOfText } from './memo.ts';

export interface Entity {
  name: string;
  kind: 'person' | 'organisation';
  /** Other names the entity goes by in the story (acronym, surname, short form). */
  aliases: string[];
  /** One citation per passage that names it, in source then passage order. */
  mentions: Citation[];
}

interface Tok {
  raw: string; // without possessive
  low: string;
  s: number;
  e: number;
  cap: boolean;
  acronym: boolean;
  innerCaps: boolean;
  poss: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[’'&.\-][\p{L}\p{N}]+)*(?:['’]s?)?/gu;

function toks(text: string, limit = 5000): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null && out.length < limit; m = WORD.exec(text)) {
    let raw = m[0];
    let poss = false;
    if (/['’]s?$/.test(raw)) {
      raw = raw.replace(/['’]s?$/, '');
      poss = true;
    }
    if (!raw) continue;
    const first = raw[0] ?? '';
    const cap = first !== first.toLowerCase() && first === first.toUpperCase();
    const acronym = cap && raw.length >= 2 && /\p{L}/u.test(raw) && raw.length <= 6 && raw === raw.toUpperCase() && /^[\p{Lu}][\p{Lu}\p{N}&]+$/u.test(raw);
    const innerCaps = cap && !acronym && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(raw);
    out.push({ raw, low: raw.toLowerCase(), s: m.index, e: m.index + m[0].length, cap, acronym, innerCaps, poss });
  }
  return out;
}

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const MONTHS_DAYS = words(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow',
);
const PLACES = words(
  'us u.s usa u.s.a uk u.k eu america american americans europe european asia asian africa african australia australian canada canadian ' +
    'china chinese japan japanese india indian israel israeli russia russian ukraine ukrainian germany german france french britain british ' +
    'england english spain spanish italy italian mexico mexican brazil brazilian iran iranian iraq iraqi syria syrian turkey turkish korea korean ' +
    'north south east west northern southern eastern western new york london paris beijing washington california texas florida ' +
    'muslim muslims christian christians jewish jews arab arabs hispanic latino black white asian-american african-american ' +
    'state city county province region republic kingdom united states nation nationwide internet web covid covid-19 coronavirus god ' +
    'christmas easter thanksgiving ramadan',
);
const ROLES = words(
  'president vice chief ceo cfo coo cto director chairman chairwoman chair spokesperson spokesman spokeswoman secretary minister ' +
    'senator sen rep representative governor gov mayor executive officer counsel founder cofounder co-founder head general manager leader ' +
    'commissioner deputy attorney prosecutor judge justice professor prof analyst researcher reporter editor correspondent economist ' +
    'lawyer author chancellor premier king queen prince princess pope bishop coach captain sergeant lieutenant colonel officer ' +
    'spokesman mr mrs ms dr sir lord lady dame',
);
const HONORIFICS = words('mr mrs ms dr sir dame prof lord lady');
const SPEECH = words(
  'said says say told tells added adds wrote writes explained noted stated argued warned claimed tweeted announced acknowledged ' +
    'admitted insisted asked commented declared confirmed according',
);
const ORG_SUFFIX = words(
  'inc corp corporation co company companies ltd llc plc group union post times journal herald tribune news press department ' +
    'ministry agency association university college institute foundation council committee commission congress senate parliament ' +
    'court bank party police service services authority bureau office network networks labs laboratories technologies systems ' +
    'airlines airways motors industries holdings partners ventures capital fund trust society federation league alliance coalition ' +
    'organization organisation administration board assembly army navy force forces guard reuters',
);
const ORG_SINGLE = words('congress senate parliament pentagon kremlin nato interpol reuters'); // one-word organisations
const MASTHEAD = words('post times journal herald tribune telegraph guardian gazette chronicle');
const STRIP_SUFFIX = words('inc corp corporation co ltd llc plc');
const ORG_BEFORE = words(
  'company firm startup start-up giant maker manufacturer retailer megacorp conglomerate group organization organisation ' +
    'agency regulator watchdog outlet newspaper publication broadcaster network bank lender insurer carrier airline automaker ' +
    'chipmaker brand rival competitor subsidiary platform provider vendor developer publisher nonprofit non-profit charity union',
);
const ORG_AFTER = words(
  'spokesperson spokesman spokeswoman ceo cfo executives executive employees employee staff shareholders shares stock board ' +
    'corp inc ltd plc co llc headquarters subsidiary division unit president chairman officials',
);
const PARTICLES = words('de van von der bin al da di la le du');
const ACRONYM_STOP = words('US USA UK EU UN TV CEO CFO COO CTO AI IT PR OK ID DNA GDP PDF FAQ COVID AM PM BC AD HIV AIDS LGBT LGBTQ ASAP USD EUR GMT UTC NYC DC LA SF PhD MBA VP SVP EVP');

interface Candidate {
  /** Surface tokens (possibly with leading "The"). */
  surface: string[];
  key: string;
  personEv: number;
  orgEv: number;
  honorific: boolean;
  sources: Set<number>;
  count: number;
  withThe: number;
}

function isNameWord(t: Tok): boolean {
  return t.cap && !MONTHS_DAYS.has(t.low) && /\p{L}/u.test(t.raw);
}

function keyOf(tokens: readonly string[]): string {
  return tokens.join(' ').toLowerCase();
}

export interface EntityOptions {
  /** Cap on passages scanned per source (hostile input). */
  maxPassagesPerSource?: number;
}

/** A body sentence that entity finding reads (not in headline case), with its tokens. */
interface ScannedSentence {
  tokens: Tok[];
  text: string;
}

/**
 * What entity finding reads of one article, from its text alone (the first `maxP` passages): the words it
 * capitalises mid-sentence and its acronyms (pass 1), the sentence-initial words whose runs depend on the
 * story's capitalisation, the acronyms it defines by a lower-case phrase, and its name windows (pass 3).
 * Plain JSON, so that the pipeline cache can keep it (`article-inputs.ts`).
 */
export interface EntityScan {
  midCap: string[];
  /** Acronyms with their counts, in order of first use. */
  acronyms: [string, number][];
  /** Lower-cased sentence-initial name words that are no acronym and have no inner capitals, distinct. */
  initials: string[];
  nonEntityAcronyms: string[];
  /** The lower-cased first words of `windows`, distinct. */
  firsts: string[];
  /**
   * Per capitalised token of every passage, in reading order: the passage's index, the token's index and
   * the tokens from it that could form one name (at most 6, joined by a space or "&", none possessive
   * before the last), as written.
   */
  windows: NameWindow[];
}

export interface NameWindow {
  p: number;
  i: number;
  /** The index of its first word, lower-cased, in `EntityScan.firsts`. */
  f: number;
  raws: string[];
}

/** One run of capitalised words found in pass 2, with the evidence next to it. */
export interface RunObservation {
  surface: string[];
  withThe: boolean;
  personEv: number;
  orgEv: number;
  honorific: boolean;
}

/** What pass 2 finds in one article, given the story's mid-sentence capitals. Plain JSON. */
export interface EntityRuns {
  observations: RunObservation[];
  /** Coordinated runs ("Amazon and IBM") by key, in order. */
  coord: [string, string][];
  /** Acronym → the key of its expansion, in order (a later one wins). */
  expansions: [string, string][];
}

const MAX_PASSAGES = 2000;

/** The body sentences of an article that entity finding reads (pass 1's filter), with their tokens. */
function scannedSentences(passages: readonly Passage[], maxP: number): ScannedSentence[] {
  const list: ScannedSentence[] = [];
  // headings are read too (sentence-case ones can be prose); headline-case sentences are skipped
  for (const p of passages.slice(0, maxP)) {
    if (p.kind === 'caption') continue;
    for (const sp of sentencesOfText(p.text)) {
      const text = sp.text;
      const tk = toks(text, 400);
      const long = tk.filter((t) => t.raw.length >= 4 && /\p{L}/u.test(t.raw));
      const capShare = long.length ? long.filter((t) => t.cap).length / long.length : 0;
      if (tk.length >= 2 && capShare >= 0.8) continue; // headline case
      list.push({ tokens: tk, text });
    }
  }
  return list;
}

/** Tokens of the scanned sentences between `entityScan` and pass 2 of the same run (dropped once read). */
let sentencesByPassages = new WeakMap<readonly Passage[], ScannedSentence[]>();

function sentencesFor(passages: readonly Passage[], maxP: number): ScannedSentence[] {
  const kept = maxP === MAX_PASSAGES ? sentencesByPassages.get(passages) : undefined;
  if (kept !== undefined) return kept;
  return scannedSentences(passages, maxP);
}

/** An article's `EntityScan`. */
export function entityScan(passages: readonly Passage[], maxP = MAX_PASSAGES): EntityScan {
  const list = scannedSentences(passages, maxP);
  if (maxP === MAX_PASSAGES) sentencesByPassages.set(passages, list);
  const midCap = new Set<string>();
  const acronyms = new Map<string, number>();
  const initials = new Set<string>();
  const nonEntityAcronyms = new Set<string>();
  for (const { tokens: tk, text } of list) {
    tk.forEach((t, i) => {
      if (i > 0 && t.cap) midCap.add(t.low);
      if (t.acronym) acronyms.set(t.raw, (acronyms.get(t.raw) ?? 0) + 1);
    });
    const first = tk[0];
    if (first && isNameWord(first) && !first.acronym && !first.innerCaps) initials.add(first.low);
    // Acronyms defined by a lower-case phrase ("law enforcement (LE)") are not names.
    for (let k = 1; k < tk.length; k++) {
      const t = tk[k] as Tok;
      const p = tk[k - 1] as Tok;
      if (t.acronym && !p.cap && text.slice(p.e, t.s) === ' (' && text[t.e] === ')') nonEntityAcronyms.add(t.raw);
    }
  }
  const firsts = new Map<string, number>();
  const windows = nameWindows(passages, maxP, firsts);
  return { midCap: [...midCap], acronyms: [...acronyms], initials: [...initials], nonEntityAcronyms: [...nonEntityAcronyms], firsts: [...firsts.keys()], windows };
}

/** Pass 3's name windows of an article (see `EntityScan.windows`). */
function nameWindows(passages: readonly Passage[], maxP: number, firsts: Map<string, number>): NameWindow[] {
  const out: NameWindow[] = [];
  passages.slice(0, maxP).forEach((p, index) => {
    const tk = toks(p.text, 5000);
    // Token k may follow token k - 1 inside a name when only a space or "&" is between them and
    // token k - 1 is not possessive. A window of n tokens from i is a name candidate iff every join
    // in it holds, so the longest candidate bounds all of them.
    const joins = (k: number): boolean => {
      const a = tk[k - 1] as Tok;
      if (a.poss) return false;
      const gap = p.text.slice(a.e, (tk[k] as Tok).s).trim();
      return gap === '' || gap === '&';
    };
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i] as Tok;
      if (!t.cap) continue;
      let longest = 1;
      while (longest < Math.min(6, tk.length - i) && joins(i + longest)) longest++;
      let f = firsts.get(t.low);
      if (f === undefined) {
        f = firsts.size;
        firsts.set(t.low, f);
      }
      out.push({ p: index, i, f, raws: tk.slice(i, i + longest).map((x) => x.raw) });
    }
  });
  return out;
}

/** The sentence-initial words of an article whose runs the story's mid-sentence capitals decide: what its `EntityRuns` depend on besides its text. */
export function decidingInitials(scan: EntityScan, midCap: ReadonlySet<string>): string[] {
  return scan.initials.filter((w) => midCap.has(w)).sort();
}

/** The story's mid-sentence capitals: every article's, together. */
export function storyMidCap(scans: readonly EntityScan[]): Set<string> {
  const midCap = new Set<string>();
  for (const scan of scans) for (const w of scan.midCap) midCap.add(w);
  return midCap;
}

/** Pass 2 over one article: its runs of capitalised words and their evidence, given the story's mid-sentence capitals. */
export function entityRuns(passages: readonly Passage[], midCap: ReadonlySet<string>, maxP = MAX_PASSAGES): EntityRuns {
  const out: EntityRuns = { observations: [], coord: [], expansions: [] };
  for (const { tokens: tk, text } of sentencesFor(passages, maxP)) {
    let i = 0;
    let prevRunKey: string | null = null;
    let prevRunEnd = -1;
    while (i < tk.length) {
      const t = tk[i] as Tok;
      const usable = (k: number): boolean => {
        const x = tk[k];
        if (!x || !isNameWord(x)) return false;
        if (k === 0 && !x.acronym && !x.innerCaps && !midCap.has(x.low)) return false;
        return true;
      };
      if (!usable(i)) {
        i++;
        continue;
      }
      // build the run
      const start = i;
      let j = i;
      const run: Tok[] = [t];
      while (run.length < 7) {
        const cur = tk[j] as Tok;
        if (cur.poss) break;
        const nx = tk[j + 1];
        if (!nx) break;
        const gap = text.slice(cur.e, nx.s);
        if (gap === ' ' && usable(j + 1)) {
          run.push(nx);
          j++;
          continue;
        }
        if ((gap === ' & ' || gap === ' and ') && gap === ' & ' && usable(j + 1)) {
          run.push(nx);
          j++;
          continue;
        }
        if (gap === ' ' && (PARTICLES.has(nx.low) || (nx.low === 'of' && ORG_SUFFIX.has(cur.low))) && !nx.cap) {
          const after = tk[j + 2];
          if (after && text.slice(nx.e, after.s) === ' ' && usable(j + 2)) {
            run.push(nx, after);
            j += 2;
            continue;
          }
        }
        break;
      }
      i = j + 1;
      // peel "The" and roles
      let surface = run.map((x) => x.raw);
      let lead = 0;
      let withThe = false;
      let roleBefore = false;
      let honorific = false;
      if (surface[0] === 'The') {
        withThe = start > 0;
        lead = 1;
      }
      while (lead < surface.length - 1 && ROLES.has((surface[lead] ?? '').toLowerCase().replace(/\.$/, ''))) {
        roleBefore = true;
        if (HONORIFICS.has((surface[lead] ?? '').toLowerCase().replace(/\.$/, ''))) honorific = true;
        lead++;
      }
      surface = surface.slice(lead);
      // drop trailing role words ("Smith Microsoft" is kept; "Jones CEO" → "Jones")
      while (surface.length > 1 && ROLES.has((surface[surface.length - 1] ?? '').toLowerCase()) && !/^(?:of|de|van|von|der|bin|al|da|di|la|le|du)$/.test(surface[surface.length - 2] ?? '')) surface = surface.slice(0, -1);
      if (surface.length === 0 || surface.length > 6) continue;
      const allStop = surface.every((w) => PLACES.has(w.toLowerCase()) || ROLES.has(w.toLowerCase()) || MONTHS_DAYS.has(w.toLowerCase()));
      if (allStop) continue;
      const c: RunObservation = { surface, withThe, personEv: 0, orgEv: 0, honorific: false };
      const key = keyOf(surface);
      out.observations.push(c);
      const first = start + (run[0]?.raw === 'The' ? 1 : 0);
      const lastTok = run[run.length - 1] as Tok;
      const prev = tk[start - 1];
      const prev2 = tk[start - 2];
      const next = tk[j + 1];
      const lastLow = (surface[surface.length - 1] ?? '').toLowerCase();
      // person evidence
      if (roleBefore) c.personEv++;
      if (honorific) c.honorific = true;
      if (prev && (!prev.cap || start === 1) && ROLES.has(prev.low) && !HONORIFICS.has(prev.low)) c.personEv++;
      if (prev && /^(mr|mrs|ms|dr)\.?$/i.test(prev.raw)) {
        c.personEv++;
        c.honorific = true;
      }
      if (prev && SPEECH.has(prev.low) && prev.low !== 'according') c.personEv++;
      if (next && SPEECH.has(next.low) && !lastTok.poss && text.slice(lastTok.e, next.s) === ' ') c.personEv += 0.5;
      if (next && text.slice(lastTok.e, next.s) === ', ') {
        // appositive: ", a/an/the … role" within 8 words
        const det = next.low;
        if (det === 'a' || det === 'an' || det === 'the' || det === 'who' || det === 'its' || det === 'his' || det === 'her') {
          for (let k = j + 2; k < Math.min(tk.length, j + 10); k++) {
            const w = tk[k] as Tok;
            if (ROLES.has(w.low)) {
              c.personEv++;
              break;
            }
            if (ORG_BEFORE.has(w.low)) {
              c.orgEv++;
              break;
            }
          }
        }
      }
      // organisation evidence
      const ofIdx = surface.indexOf('of');
      const suffixWord = ofIdx > 0 ? (surface[ofIdx - 1] ?? '').toLowerCase() : lastLow;
      if ((surface.length > 1 && ORG_SUFFIX.has(suffixWord)) || (surface.length === 1 && ORG_SINGLE.has(lastLow))) c.orgEv += 2;
      if (prev && (!prev.cap || start === 1) && ORG_BEFORE.has(prev.low)) c.orgEv++;
      if (prev && prev.low === 'like' && prev2 && /^(companies|firms|groups|organizations|organisations|outlets|rivals)$/.test(prev2.low)) c.orgEv++;
      if (next && !next.cap && ORG_AFTER.has(next.low) && text.slice(lastTok.e, next.s) === ' ') c.orgEv++;
      if (next && next.cap && STRIP_SUFFIX.has(next.low.replace(/\.$/, ''))) c.orgEv++;
      // expansion "(ACRONYM)"
      if (next && next.acronym && /^\s*\($/.test(text.slice(lastTok.e, next.s)) && text[next.e] === ')') {
        const initials = surface.filter((w) => !/^(of|the|for|and|&|de)$/i.test(w)).map((w) => (w[0] ?? '').toUpperCase()).join('');
        if (initials === next.raw.replace(/[^\p{Lu}]/gu, '')) {
          out.expansions.push([next.raw, key]);
          c.orgEv++;
        }
      }
      // coordination
      if (prevRunKey !== null && prevRunEnd >= 0) {
        const between = text.slice(prevRunEnd, tk[first]?.s ?? run[0]?.s ?? 0);
        if (between === ' and ' || between === ', ' || between === ' or ') out.coord.push([prevRunKey, key]);
      }
      prevRunKey = key;
      prevRunEnd = lastTok.e;
    }
  }
  return out;
}

/** Per article (by passage list): its scan, and its runs with the deciding initials they were found with. */
let scans = new WeakMap<readonly Passage[], EntityScan>();
let runsByPassages = new WeakMap<readonly Passage[], { deciding: string; runs: EntityRuns }>();
forgetWithTextAnalyses(() => {
  sentencesByPassages = new WeakMap();
  scans = new WeakMap();
  runsByPassages = new WeakMap();
});

/** `entityScan(passages)`, once per article (a cached earlier run can seed it). Read-only. */
export function entityScanOf(passages: readonly Passage[]): EntityScan {
  let scan = scans.get(passages);
  if (scan === undefined) {
    scan = entityScan(passages);
    scans.set(passages, scan);
  }
  return scan;
}

/** Remembers `scan` as `entityScan(passages)` (it must be exactly that). */
export function seedEntityScan(passages: readonly Passage[], scan: EntityScan): void {
  if (!scans.has(passages)) scans.set(passages, scan);
}

/** `entityRuns(passages, midCap)`, once per article and deciding initials (a cached earlier run can seed it). Read-only. */
export function entityRunsOf(passages: readonly Passage[], midCap: ReadonlySet<string>): EntityRuns {
  const deciding = decidingInitials(entityScanOf(passages), midCap).join('\u0000');
  const kept = runsByPassages.get(passages);
  if (kept !== undefined && kept.deciding === deciding) return kept.runs;
  const runs = entityRuns(passages, midCap);
  runsByPassages.set(passages, { deciding, runs });
  sentencesByPassages.delete(passages);
  return runs;
}

/** Remembers `runs` as what `entityRuns` gives for the article with these deciding initials (it must be exactly that). */
export function seedEntityRuns(passages: readonly Passage[], deciding: readonly string[], runs: EntityRuns): void {
  runsByPassages.set(passages, { deciding: deciding.join('\u0000'), runs });
  sentencesByPassages.delete(passages);
}

/**
 * An `EntityScan` as cached: the same lists, but each window's words as indexes into `words` (the
 * article's distinct window words), and the windows flattened into numbers (passage, token, first word,
 * word count, then the words' indexes). Windows overlap, so this is much smaller and quicker to read.
 */
export interface CachedEntityScan {
  midCap: string[];
  acronyms: [string, number][];
  initials: string[];
  nonEntityAcronyms: string[];
  firsts: string[];
  words: string[];
  windows: number[];
}

/** `scan` as the pipeline cache keeps it (`entityScanFromCache` reads it back). */
export function entityScanToCache(scan: EntityScan): CachedEntityScan {
  const index = new Map<string, number>();
  const words: string[] = [];
  const windows: number[] = [];
  for (const w of scan.windows) {
    windows.push(w.p, w.i, w.f, w.raws.length);
    for (const raw of w.raws) {
      let k = index.get(raw);
      if (k === undefined) {
        k = words.length;
        index.set(raw, k);
        words.push(raw);
      }
      windows.push(k);
    }
  }
  const { midCap, acronyms, initials, nonEntityAcronyms, firsts } = scan;
  return { midCap, acronyms, initials, nonEntityAcronyms, firsts, words, windows };
}

/**
 * The `EntityScan` that `entityScanToCache` gave `value`, or null when `value` does not have that shape
 * for an article of `passages` passages.
 */
export function entityScanFromCache(value: unknown, passages: number): EntityScan | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<CachedEntityScan>;
  if (
    !(isStrings(v.midCap) && isStrings(v.initials) && isStrings(v.nonEntityAcronyms) && isStrings(v.firsts) && isStrings(v.words)) ||
    !(Array.isArray(v.acronyms) && v.acronyms.every((a) => Array.isArray(a) && typeof a[0] === 'string' && typeof a[1] === 'number')) ||
    !Array.isArray(v.windows)
  ) {
    return null;
  }
  const { firsts, words } = v;
  const flat = v.windows as unknown[];
  const index = (at: number, below: number): number => {
    const x = flat[at];
    return Number.isInteger(x) && (x as number) >= 0 && (x as number) < below ? (x as number) : -1;
  };
  const windows: NameWindow[] = [];
  for (let at = 0; at < flat.length; ) {
    const p = index(at, passages);
    const i = flat[at + 1];
    const f = index(at + 2, firsts.length);
    const n = index(at + 3, flat.length);
    if (p < 0 || !Number.isInteger(i) || f < 0 || n < 1 || at + 4 + n > flat.length) return null;
    const raws: string[] = [];
    for (let k = 0; k < n; k++) {
      const word = index(at + 4 + k, words.length);
      if (word < 0) return null;
      raws.push(words[word]!);
    }
    windows.push({ p, i: i as number, f, raws });
    at += 4 + n;
  }
  return { midCap: v.midCap, acronyms: v.acronyms, initials: v.initials, nonEntityAcronyms: v.nonEntityAcronyms, firsts, windows };
}

/** A run observation as the pipeline cache keeps it: surface, withThe (1 or 0), personEv, orgEv, honorific (1 or 0). */
export type CachedRunObservation = [string[], number, number, number, number];

/** `EntityRuns` as the pipeline cache keeps them: the observations as tuples, which are much smaller. */
export interface CachedEntityRuns {
  observations: CachedRunObservation[];
  coord: [string, string][];
  expansions: [string, string][];
}

/** `runs` as the pipeline cache keeps them (`entityRunsFromCache` reads them back). */
export function entityRunsToCache(runs: EntityRuns): CachedEntityRuns {
  return {
    observations: runs.observations.map((o) => [o.surface, o.withThe ? 1 : 0, o.personEv, o.orgEv, o.honorific ? 1 : 0]),
    coord: runs.coord,
    expansions: runs.expansions,
  };
}

/** The `EntityRuns` that `entityRunsToCache` gave `value`, or null when `value` does not have that shape. */
export function entityRunsFromCache(value: unknown): EntityRuns | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<CachedEntityRuns>;
  const pairs = (x: unknown): x is [string, string][] => Array.isArray(x) && x.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string');
  const flag = (x: unknown): boolean => x === 0 || x === 1;
  if (!Array.isArray(v.observations) || !pairs(v.coord) || !pairs(v.expansions)) return null;
  const observations: RunObservation[] = [];
  for (const o of v.observations as unknown[]) {
    if (!Array.isArray(o) || o.length !== 5) return null;
    const [surface, withThe, personEv, orgEv, honorific] = o as unknown[];
    if (!isStrings(surface) || !flag(withThe) || typeof personEv !== 'number' || typeof orgEv !== 'number' || !flag(honorific)) return null;
    observations.push({ surface, withThe: withThe === 1, personEv, orgEv, honorific: honorific === 1 });
  }
  return { observations, coord: v.coord, expansions: v.expansions };
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string');
}

/** People and organisations of the story, best attested first. */
export function findEntities(sources: readonly SummarySource[], options: EntityOptions = {}): Entity[] {
  const maxP = options.maxPassagesPerSource ?? MAX_PASSAGES;
  const articleScans = sources.map((src) => (maxP === MAX_PASSAGES ? entityScanOf(src.passages) : entityScan(src.passages, maxP)));

  // Pass 1: words the story capitalises mid-sentence, and its acronyms.
  const midCap = storyMidCap(articleScans);
  const acronymCount = new Map<string, number>();
  const nonEntityAcronyms = new Set<string>();
  for (const scan of articleScans) {
    for (const [a, n] of scan.acronyms) acronymCount.set(a, (acronymCount.get(a) ?? 0) + n);
    for (const a of scan.nonEntityAcronyms) nonEntityAcronyms.add(a);
  }

  // Pass 2: candidates and evidence.
  const cands = new Map<string, Candidate>();
  const coord: [string, string][] = [];
  const expansions = new Map<string, string>(); // acronym → expansion key
  const candOf = (surface: string[]): Candidate => {
    const key = keyOf(surface);
    let c = cands.get(key);
    if (!c) {
      c = { surface, key, personEv: 0, orgEv: 0, honorific: false, sources: new Set(), count: 0, withThe: 0 };
      cands.set(key, c);
    }
    return c;
  };
  sources.forEach((src, si) => {
    const runs = maxP === MAX_PASSAGES ? entityRunsOf(src.passages, midCap) : entityRuns(src.passages, midCap, maxP);
    for (const o of runs.observations) {
      const c = candOf(o.surface);
      c.count++;
      c.sources.add(si);
      if (o.withThe) c.withThe++;
      c.personEv += o.personEv;
      c.orgEv += o.orgEv;
      if (o.honorific) c.honorific = true;
    }
    for (const pair of runs.coord) coord.push(pair);
    for (const [a, key] of runs.expansions) expansions.set(a, key);
  });
  // Quote speakers are person evidence.
  sources.forEach((src) => {
    let quotes: readonly { speaker: string | null }[] = [];
    try {
      // The cite stage found the same article's quotes already (quotesOf remembers them).
      quotes = src.passages.length <= maxP ? quotesOf(src.passages) : findQuotes(src.passages.slice(0, maxP));
    } catch {
      quotes = [];
    }
    for (const q of quotes) {
      if (!q.speaker) continue;
      const parts = q.speaker.split(' ');
      if (parts.length < 2 || parts.length > 4 || !parts.every((w) => /^\p{Lu}/u.test(w))) continue;
      const c = cands.get(keyOf(parts));
      if (c) c.personEv++;
    }
  });

  // Classification.
  const kind = new Map<string, 'person' | 'organisation'>();
  const isAcronymKey = (c: Candidate): boolean => c.surface.length === 1 && /^[\p{Lu}][\p{Lu}\p{N}&]+$/u.test(c.surface[0] ?? '') && (c.surface[0] ?? '').length <= 6;
  for (const c of cands.values()) {
    const n = c.surface.length;
    const hasStop = c.surface.some((w) => MONTHS_DAYS.has(w.toLowerCase()) || ROLES.has(w.toLowerCase()));
    const nameShaped = c.surface.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLES.has(w)) && !c.surface.some((w) => ORG_SUFFIX.has(w.toLowerCase()) || PLACES.has(w.toLowerCase()));
    if (!hasStop && nameShaped && c.personEv >= 1 && c.orgEv === 0 && (n >= 2 ? n <= 4 : c.honorific)) {
      kind.set(c.key, 'person');
      continue;
    }
    if (isAcronymKey(c)) {
      const a = c.surface[0] ?? '';
      if (ACRONYM_STOP.has(a) || nonEntityAcronyms.has(a)) continue;
      if ((acronymCount.get(a) ?? 0) >= 2 || expansions.has(a) || c.orgEv > 0 || c.sources.size >= 2) kind.set(c.key, 'organisation');
      continue;
    }
    if (c.orgEv >= 1 && c.personEv <= c.orgEv) {
      if (n === 1 && PLACES.has(c.key)) continue;
      kind.set(c.key, 'organisation');
      continue;
    }
    if (n === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(c.surface[0] ?? '') && c.count >= 2) kind.set(c.key, 'organisation');
  }
  // coordination with an organisation
  for (let round = 0; round < 2; round++) {
    for (const [a, b] of coord) {
      const ka = kind.get(a);
      const kb = kind.get(b);
      const ca = cands.get(a);
      const cb = cands.get(b);
      if (ka === 'organisation' && kb === undefined && cb && cb.surface.length <= 2 && cb.personEv === 0 && !PLACES.has(b)) kind.set(b, 'organisation');
      if (kb === 'organisation' && ka === undefined && ca && ca.surface.length <= 2 && ca.personEv === 0 && !PLACES.has(a)) kind.set(a, 'organisation');
    }
  }
  // Acronyms found only inside longer runs ("Microsoft M12 ventures") still count.
  for (const [a, n] of acronymCount) {
    const key = a.toLowerCase();
    if (kind.has(key) || ACRONYM_STOP.has(a) || nonEntityAcronyms.has(a) || MONTHS_DAYS.has(key)) continue;
    if (n >= 2 || expansions.has(a)) {
      kind.set(key, 'organisation');
      if (!cands.has(key)) candOf([a]);
    }
  }

  // Grouping: entity id per key.
  interface Group {
    id: number;
    kind: 'person' | 'organisation';
    keys: Set<string>;
    names: Map<string, number>; // display form → weight
  }
  const groups: Group[] = [];
  const groupOf = new Map<string, Group>();
  const addKey = (g: Group, key: string, display: string, weight: number): void => {
    g.keys.add(key);
    groupOf.set(key, g);
    g.names.set(display, (g.names.get(display) ?? 0) + weight);
  };
  const sortedKeys = [...kind.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of sortedKeys) {
    const k = kind.get(key) as 'person' | 'organisation';
    const c = cands.get(key) as Candidate;
    let target: Group | undefined;
    if (k === 'organisation') {
      const words = c.surface;
      const last = (words[words.length - 1] ?? '').toLowerCase();
      if (words.length > 1 && STRIP_SUFFIX.has(last)) target = groupOf.get(keyOf(words.slice(0, -1)));
      const exp = expansions.get(c.surface[0] ?? '');
      if (!target && exp !== undefined) target = groupOf.get(exp);
    }
    if (!target) target = groupOf.get(key);
    if (!target) {
      target = { id: groups.length, kind: k, keys: new Set(), names: new Map() };
      groups.push(target);
    }
    const display = (c.withThe > 0 && c.withThe * 2 >= c.count ? 'The ' : '') + c.surface.join(' ');
    addKey(target, key, display, c.count + (c.surface.length > 1 ? 0.5 : 0));
    // stripped form as an alias ("Microsoft Corp" → "Microsoft")
    if (k === 'organisation' && c.surface.length > 1 && STRIP_SUFFIX.has((c.surface[c.surface.length - 1] ?? '').toLowerCase())) {
      const short = keyOf(c.surface.slice(0, -1));
      if (!groupOf.has(short)) addKey(target, short, c.surface.slice(0, -1).join(' '), 0);
    }
  }
  // "the Post" → the one newspaper named "… Post".
  const mastheads = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.kind !== 'organisation') continue;
    for (const key of g.keys) {
      const parts = key.split(' ');
      const last = parts[parts.length - 1] ?? '';
      if (parts.length < 2 || !MASTHEAD.has(last)) continue;
      const list = mastheads.get(last) ?? [];
      if (!list.includes(g)) list.push(g);
      mastheads.set(last, list);
    }
  }
  for (const [last, owners] of mastheads) {
    const c = cands.get(last);
    if (owners.length !== 1 || groupOf.has(last) || !c || c.withThe + c.count === 0) continue;
    const g = owners[0] as Group;
    g.keys.add(last);
    groupOf.set(last, g);
  }
  // Surnames → the one person who has it.
  const surnameOwners = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.kind !== 'person') continue;
    for (const key of g.keys) {
      const parts = key.split(' ');
      if (parts.length < 2) continue;
      const last = parts[parts.length - 1] ?? '';
      const list = surnameOwners.get(last) ?? [];
      if (!list.includes(g)) list.push(g);
      surnameOwners.set(last, list);
    }
  }
  for (const [last, owners] of surnameOwners) {
    if (owners.length !== 1 || groupOf.has(last) || PLACES.has(last)) continue;
    const g = owners[0] as Group;
    g.keys.add(last);
    groupOf.set(last, g);
  }

  // Pass 3: mentions (every passage, headings too).
  const firstWords = new Set<string>();
  for (const key of groupOf.keys()) firstWords.add(key.split(' ')[0] as string);
  const mentions = new Map<Group, Citation[]>();
  const seenMention = new Set<string>();
  const sourcesOf = new Map<Group, Set<number>>();
  const counts = new Map<Group, number>();
  const aliasesUsed = new Map<Group, Map<string, number>>();
  sources.forEach((src, si) => {
    const { windows, firsts } = articleScans[si]!;
    const opens = firsts.map((w) => firstWords.has(w));
    // Replays pass 3's scan over the article's name windows: a capitalised word that opens some accepted
    // name starts a match (the longest), which the scan then skips; any other word is passed by.
    let at = -1; // passage of the scan
    let next = 0; // the first token the scan has not passed yet
    for (const w of windows) {
      if (w.p !== at) {
        at = w.p;
        next = 0;
      }
      if (w.i < next || !opens[w.f]) continue;
      const firstLow = firsts[w.f] as string;
      // keys[n - 1]: the key of the n tokens from i (lower-cased words joined by spaces, as keyOf)
      const keys = [firstLow];
      for (let n = 2; n <= w.raws.length; n++) keys.push(`${keys[n - 2]} ${(w.raws[n - 1] as string).toLowerCase()}`);
      let matched = 0;
      let g: Group | undefined;
      for (let n = w.raws.length; n >= 1; n--) {
        g = groupOf.get(keys[n - 1] as string);
        if (g) {
          matched = n;
          break;
        }
      }
      if (!g || matched === 0) continue;
      const p = src.passages[w.p] as Passage;
      counts.set(g, (counts.get(g) ?? 0) + 1);
      const al = aliasesUsed.get(g) ?? new Map<string, number>();
      const surface = w.raws.slice(0, matched).join(' ');
      al.set(surface, (al.get(surface) ?? 0) + 1);
      aliasesUsed.set(g, al);
      const mk = `${g.id}\u0000${si}\u0000${p.id}`;
      if (!seenMention.has(mk)) {
        seenMention.add(mk);
        const list = mentions.get(g) ?? [];
        list.push({ source: src.source, passage: p.id });
        mentions.set(g, list);
        const ss = sourcesOf.get(g) ?? new Set<number>();
        ss.add(si);
        sourcesOf.set(g, ss);
      }
      next = w.i + matched;
    }
  });

  const out: (Entity & { _s: number; _c: number })[] = [];
  for (const g of groups) {
    const list = mentions.get(g);
    if (!list || list.length === 0) continue;
    // display name: for people the longest full form, for organisations the expansion / most used long form
    const names = [...g.names.entries()].sort((a, b) => {
      const la = a[0].split(' ').length;
      const lb = b[0].split(' ').length;
      if (g.kind === 'person') return lb - la || b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
      const acrA = /^[\p{Lu}\p{N}&]+$/u.test(a[0]) ? 1 : 0;
      const acrB = /^[\p{Lu}\p{N}&]+$/u.test(b[0]) ? 1 : 0;
      return acrA - acrB || b[1] - a[1] || lb - la || (a[0] < b[0] ? -1 : 1);
    });
    const name = names[0]?.[0] ?? '';
    if (!name) continue;
    const aliasSet = new Set<string>();
    for (const [n] of names) if (n !== name) aliasSet.add(n.replace(/^The /, ''));
    for (const [a] of aliasesUsed.get(g) ?? []) if (a !== name && a !== name.replace(/^The /, '')) aliasSet.add(a);
    aliasSet.delete(name);
    aliasSet.delete(name.replace(/^The /, ''));
    out.push({
      name,
      kind: g.kind,
      aliases: [...aliasSet].sort(),
      mentions: list,
      _s: sourcesOf.get(g)?.size ?? 0,
      _c: counts.get(g) ?? 0,
    });
  }
  out.sort((a, b) => b._s - a._s || b._c - a._c || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out.map(({ name, kind: k, aliases, mentions: m }) => ({ name, kind: k, aliases, mentions: m }));
}
