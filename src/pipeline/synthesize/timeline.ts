/**
 * A dated timeline of the story's events.
 *
 * 1. Events come from three places:
 *    - body sentences (paragraphs, quotes, list items) holding a date expression (`dates/`), explicit
 *      ("June 11, 2020", "in 2018", "March 2020") or relative ("last year", "two years ago", "Thursday",
 *      "last November", "in March"). Relative and year-less expressions are resolved against the
 *      article's own publication date, or — for an undated article — against the story's latest
 *      publication date; with neither, they are skipped. Anything not fully stated in the text is
 *      `inferred: true`. Questions and sentences with fewer than 4 content words are skipped; long
 *      sentences are trimmed to the clause holding the date;
 *    - each dated source's publication (its headline, compared through headline + dek), at its own day;
 *    - a record's related-coverage items (`related`), each at its publication day; when its URL carries an
 *      earlier day (`/2020/6/8/`), the item spans that day to its publication day (time zones).
 * 2. Merging (union-find): body events of one source at the same date and precision are one event; across
 *    sources, events at the same year/month (or, for days, within one day of each other) merge when one
 *    text supports the other (`supports`) or their content words overlap (≥ 3 shared and ≥ 50 % of the
 *    smaller set, date words excluded), or — for publication and related items, same day ± 1 — when both
 *    texts open with the same named entity that is not one of the story's headline entities.
 * 3. A merged event takes the date of its most precise explicit member (else its earliest member), cites
 *    every member (source order), and is worded by its best member: an explicit body sentence, else a
 *    headline, else a relative body sentence (shortest first).
 * 4. An event built only from publication/related items also cites, once per source, the body passages
 *    that name its leading entity (when that entity is not a headline entity) and share a content word.
 * 5. Output sorted by date (`2020` < `2020-03` < `2020-03-05`), then by weight; `weight` ranks events
 *    for a page that shows only the top N (independent sources, explicit date, precision).
 * Cost: linear in the text for extraction; merging compares an event with at most `MAX_COMPARE`
 * representatives of its date window.
 */
import type { Citation, Passage, RelatedItem } from '../types.ts';
import { anchorOf, dayDiff, isoOf } from './dates/index.ts';
import type { FoundDate, Precision, YMD } from './dates/index.ts';
import type { Entity } from './entities.ts';
import { findEntities } from './entities.ts';
import type { SummarySource } from './summarize.ts';
import { SUPPORT_THRESHOLD } from './support.ts';
import { bigramIdsOf, datesOf, forgetWithTextAnalyses, joinStems, qualityOf, sentencesOfText, sharedAtLeast, sortedIds, splitStems, stemId, stemSetIdsOf, stemsOf, type StemList } from './memo.ts';
import { contentStems, tokenize } from './text/index.ts';

/** A story source as the analytics take it: the summarizer's source plus a record's related coverage. */
export interface StorySource extends SummarySource {
  related?: RelatedItem[];
}

export interface TimelineEvent {
  /** ISO: YYYY, YYYY-MM or YYYY-MM-DD (the start, for a range). */
  date: string;
  /** ISO end of a range. */
  end?: string;
  precision: Precision;
  /** True when the date was computed (relative expression, year taken from the publication date). */
  inferred: boolean;
  /** The event sentence, a trimmed clause, or a headline. */
  text: string;
  citations: Citation[];
  /** Ranking weight: higher is better attested (sources), better dated. */
  weight: number;
}

export interface TimelineOptions {
  /** Passage id for a related-coverage item (i: 0-based index in the record's `related`). */
  relatedPassageId?: (i: number, item: RelatedItem) => string;
  /** Passage id for a record's headline when the source has no passages. */
  recordPassageId?: string;
  /** Entities of the story (computed when absent). */
  entities?: Entity[];
  /** Cap on dated sentences read per source. */
  maxEventsPerSource?: number;
}

type Origin = 'body' | 'publication' | 'related';

interface Cand {
  date: string;
  end: string | undefined;
  precision: Precision;
  inferred: boolean;
  origin: Origin;
  text: string;
  /** Text compared when merging (headline + dek / title + excerpt). */
  compare: string;
  /** Its date-free content stems (`dateStems`), distinct. */
  stems: readonly string[];
  citations: Citation[];
  srcIndex: number;
  /** Related items count for half a source each; keyed by URL/title. */
  relatedKey: string | null;
  day: YMD | null;
  actor: string | null;
  order: number;
}

/**
 * A candidate's words as sorted integer ids, so that the merge loop — up to `MAX_COMPARE` comparisons per
 * candidate — intersects small integer arrays instead of hashing strings: `stems` (the date-free content
 * stems), `sup` (every content stem of `compare`, the `supports` rule's set), `supCount` (how many content
 * stems `compare` has), `bigrams` (its content bigrams), and its day and range end as day numbers (NaN
 * when it has no day).
 */
interface MergeKey {
  stems: Int32Array;
  sup: Int32Array;
  supCount: number;
  bigrams: Int32Array;
  /** The fewest of `bigrams` another text must hold to support this one (`supportNeed`). */
  bigramNeed: number;
  day: number;
  end: number;
}

function mergeKeys(cands: readonly Cand[]): MergeKey[] {
  return cands.map((c) => {
    const day = c.day ? dayNumber(c.day) : Number.NaN;
    const endDay = c.end ? anchorOf(c.end) : null;
    const stems = new Int32Array(c.stems.length);
    let n = 0;
    for (const s of c.stems) stems[n++] = stemId(s);
    const bigrams = sortedIds(bigramIdsOf(c.compare));
    return {
      stems: stems.sort(),
      sup: sortedIds(stemSetIdsOf(c.compare)),
      supCount: stemsOf(c.compare).length,
      // the run's word ids (`memo.ts`), where a bigram's id is never a stem's
      bigrams,
      bigramNeed: supportNeed(bigrams.length),
      day,
      end: endDay ? dayNumber(endDay) : day,
    };
  });
}

/** Days since 1970-01-01 (exact: UTC days have no DST). */
function dayNumber(d: YMD): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
}

/** `supports(p.compare, s.compare)` (see support.ts) on the candidates' integer keys. */
function supportsKey(p: MergeKey, s: MergeKey): boolean {
  if (s.bigrams.length >= 2) {
    // the shared bigrams are at most all of p's
    if (p.bigrams.length / s.bigrams.length < SUPPORT_THRESHOLD) return false;
    return sharedAtLeast(s.bigrams, p.bigrams, s.bigramNeed);
  }
  if (s.supCount === 0 || p.sup.length < s.sup.length) return false;
  return sharedAtLeast(s.sup, p.sup, s.sup.length);
}

/** The least `shared` for which `shared / total >= SUPPORT_THRESHOLD` holds (as computed in floating point). */
function supportNeed(total: number): number {
  if (total === 0) return 0;
  let need = Math.ceil(SUPPORT_THRESHOLD * total);
  while (need > 0 && (need - 1) / total >= SUPPORT_THRESHOLD) need--;
  while (need / total < SUPPORT_THRESHOLD) need++;
  return need;
}

const MAX_COMPARE = 300;
const DATE_WORDS = new Set(
  ('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow today year years month months day days ago last earlier later ' +
    'week weeks morning afternoon evening night back').split(' '),
);

function dateStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const s of stemsOf(text)) {
    const first = s.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      if (/^\d+$/.test(s) && s.length === 4) continue; // years
      if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(s)) continue;
    }
    out.add(s);
  }
  for (const t of tokenize(text)) if (DATE_WORDS.has(t)) out.delete(t);
  // stems of date words
  for (const w of ['yesterdai', 'todai', 'thursdai', 'mondai', 'tuesdai', 'wednesdai', 'fridai', 'saturdai', 'sundai', 'month', 'year', 'dai', 'week', 'ago', 'earlier', 'later', 'morn', 'back'])
    out.delete(w);
  return out;
}

/** The clause of a long sentence that holds [start, end); the whole sentence when short or unsplittable. */
function clauseAround(sentence: string, start: number, end: number): string {
  const words = sentence.split(/\s+/).length;
  if (words <= 35) return sentence;
  const cuts: number[] = [0];
  const re = /;\s+|:\s+|,\s+(?=(?:and|but|while|which|although|though|as|after|before|when|whereas)\b)/g;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length + 1);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const a = cuts[k] as number;
    const b = cuts[k + 1] as number;
    if (start >= a && end <= b) {
      let clause = sentence.slice(a, b).trim().replace(/[;:,]$/, '').trim();
      if (clause.split(/\s+/).length < 6) return sentence;
      clause = clause.charAt(0).toUpperCase() + clause.slice(1);
      if (!/[.!?]["'”’)]*$/.test(clause)) clause += '.';
      return clause;
    }
  }
  return sentence;
}

/** Wording quality of an event text (headlines are fine; dependent openers are not). */
function quality(text: string): number {
  const q = qualityOf(text);
  if (q > 0) return Math.min(q, 1);
  return /^(?:that|this|these|those|he|she|it|they|but|and|so|also)\b/i.test(text) ? 0.15 : 0.5;
}

function dayOf(iso: string): YMD | null {
  return anchorOf(iso.length >= 10 ? iso.slice(0, 10) : null);
}

/** A day written into a URL path (/2020/6/8/, /2020/06/08/), or null. */
function urlDay(url: string | null): YMD | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(url);
  if (!m) return null;
  return anchorOf(`${m[1]}-${String(m[2]).padStart(2, '0')}-${String(m[3]).padStart(2, '0')}`);
}

function ymdIso(d: YMD): string {
  return isoOf(d.y, d.m, d.d);
}

const BODY_KINDS = new Set<Passage['kind']>(['paragraph', 'quote', 'list-item']);

/**
 * The story's leading entities (at most 300) by their folded token keys (name and aliases, without a
 * leading "The", tokens joined by spaces): each key with the ranks of the entities that have it, so that
 * a text is matched by looking up its runs of tokens instead of searching it for every key.
 */
interface EntityIndex {
  names: string[];
  byKey: Map<string, number[]>;
  /** The most tokens a key has. */
  longest: number;
}

function entityIndex(entities: readonly Entity[]): EntityIndex {
  const names: string[] = [];
  const byKey = new Map<string, number[]>();
  let longest = 0;
  entities.slice(0, 300).forEach((e, rank) => {
    names.push(e.name);
    for (const n of [e.name, ...e.aliases]) {
      const tokens = tokenize(n.replace(/^The /, ''));
      if (tokens.length === 0) continue;
      const key = tokens.join(' ');
      const ranks = byKey.get(key);
      if (ranks === undefined) byKey.set(key, [rank]);
      else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
      longest = Math.max(longest, tokens.length);
    }
  });
  return { names, byKey, longest };
}

/**
 * The entities named in a text, by rank, each at the first token where one of its keys starts (a key
 * names an entity where its tokens stand one after another in the text's tokens).
 */
function namedIn(text: string, index: EntityIndex, each: (rank: number, at: number) => void): void {
  const tokens = tokenize(text.slice(0, 2000));
  for (let j = 0; j < tokens.length; j++) {
    let key = '';
    for (let n = 1; n <= index.longest && j + n <= tokens.length; n++) {
      key = n === 1 ? (tokens[j] as string) : `${key} ${tokens[j + n - 1] as string}`;
      const ranks = index.byKey.get(key);
      if (ranks !== undefined) for (const rank of ranks) each(rank, j);
    }
  }
}

/** The story's headline entities: named in the titles of at least half of the sources that have one. */
function headlineEntities(sources: readonly StorySource[], index: EntityIndex): Set<string> {
  const out = new Set<string>();
  const titles = sources.filter((s) => s.meta.title ?? s.meta.dek).map((s) => `${s.meta.title ?? ''} ${s.meta.dek ?? ''}`);
  if (titles.length === 0) return out;
  const hits = new Int32Array(index.names.length);
  const seen = new Int32Array(index.names.length).fill(-1);
  titles.forEach((t, ti) => {
    namedIn(t, index, (rank) => {
      if (seen[rank] === ti) return;
      seen[rank] = ti;
      hits[rank] = (hits[rank] as number) + 1;
    });
  });
  index.names.forEach((name, rank) => {
    if ((hits[rank] as number) * 2 >= titles.length) out.add(name);
  });
  return out;
}

/** The first entity named in the text (by position; of two at the same place, the better ranked), or null. */
function leadingEntity(text: string, index: EntityIndex): string | null {
  let at = Number.MAX_SAFE_INTEGER;
  let best = -1;
  namedIn(text, index, (rank, j) => {
    if (j < at || (j === at && rank < best)) {
      at = j;
      best = rank;
    }
  });
  return best >= 0 ? (index.names[best] as string) : null;
}

/** The story's date, which undated articles are read against: the latest publication date of its articles. */
export function storyAnchor(articles: readonly { meta: { published: string | null } }[]): YMD | null {
  let story: YMD | null = null;
  for (const a of articles) {
    const day = anchorOf(a.meta.published);
    if (day && (story === null || dayDiff(story, day) > 0)) story = day;
  }
  return story;
}

/** Dated sentences read per source, unless the options say otherwise. */
const MAX_EVENTS_PER_SOURCE = 200;

/**
 * A dated event that one body sentence of an article states, read against an anchor day: what the
 * timeline takes from the article's text alone (step 1 of the module comment).
 */
export interface BodyEvent {
  /** The index of its passage in the article. */
  passage: number;
  date: string;
  end: string | null;
  precision: Precision;
  inferred: boolean;
  /** The sentence, or the clause of it that holds the date. */
  text: string;
  /** The date-free content stems of `text` (`dateStems`), distinct. */
  stems: string[];
  /** The content stems of `text` when it is a clause (`stemsOf`), which the merge reads; null for a whole sentence. */
  clauseStems: string[] | null;
}

/** `bodyEvents` by passage list (as `quotesOf`: it lives as long as the article), then by anchor day. */
let eventsByPassages = new WeakMap<readonly Passage[], Map<string, readonly BodyEvent[]>>();
forgetWithTextAnalyses(() => {
  eventsByPassages = new WeakMap();
});

function anchorKey(anchor: YMD | null): string {
  return anchor ? `${anchor.y}/${anchor.m}/${anchor.d}` : '';
}

/** `bodyEvents(passages, anchor, maxPer)`, found once per article and anchor (a cached earlier run can seed it). Read-only. */
export function bodyEventsOf(passages: readonly Passage[], anchor: YMD | null, maxPer = MAX_EVENTS_PER_SOURCE): readonly BodyEvent[] {
  if (maxPer !== MAX_EVENTS_PER_SOURCE) return bodyEvents(passages, anchor, maxPer);
  let byAnchor = eventsByPassages.get(passages);
  if (byAnchor === undefined) {
    byAnchor = new Map();
    eventsByPassages.set(passages, byAnchor);
  }
  const key = anchorKey(anchor);
  let events = byAnchor.get(key);
  if (events === undefined) {
    events = bodyEvents(passages, anchor, maxPer);
    byAnchor.set(key, events);
  }
  return events;
}

/** Remembers `events` as what `bodyEvents(passages, anchor)` gives (it must be exactly that), with their clauses' stems. */
export function seedBodyEvents(passages: readonly Passage[], anchor: YMD | null, events: readonly BodyEvent[]): void {
  let byAnchor = eventsByPassages.get(passages);
  if (byAnchor === undefined) {
    byAnchor = new Map();
    eventsByPassages.set(passages, byAnchor);
  }
  const key = anchorKey(anchor);
  if (byAnchor.has(key)) return;
  byAnchor.set(key, events);
  for (const e of events) if (e.clauseStems !== null) stemsOf.seed(e.text, e.clauseStems);
}

/** The dated events of an article's body sentences, read against `anchor` (step 1 of the module comment). */
export function bodyEvents(passages: readonly Passage[], anchor: YMD | null, maxPer = MAX_EVENTS_PER_SOURCE): BodyEvent[] {
  const out: BodyEvent[] = [];
  let n = 0;
  passages.forEach((p, index) => {
    if (p.kind === 'caption' || n >= maxPer) return;
    if (p.kind === 'heading' && p.text.split(/\s+/).length < 6) return;
    for (const sp of sentencesOfText(p.text)) {
      if (n >= maxPer) break;
      const sentence = sp.text;
      if (sentence.length > 2000 || /\?["'”’)]*$/.test(sentence)) continue;
      const found: readonly FoundDate[] = datesOf(sentence, anchor);
      if (found.length === 0) continue;
      const stems = dateStems(sentence);
      if (stems.size < 4) continue;
      const seen = new Set<string>();
      for (const f of found.slice(0, 3)) {
        const k = `${f.date}/${f.endDate ?? ''}`;
        if (seen.has(k)) continue;
        seen.add(k);
        n++;
        const text = clauseAround(sentence, f.start, f.end);
        out.push({
          passage: index,
          date: f.date,
          end: f.endDate ?? null,
          precision: f.precision,
          inferred: f.relative,
          text,
          stems: [...(text === sentence ? stems : dateStems(text))],
          clauseStems: text === sentence ? null : [...stemsOf(text)],
        });
      }
    }
  });
  return out;
}

/**
 * A body event as the pipeline cache keeps it: passage, date, end, precision, inferred (1 or 0), text,
 * stems and clause stems (`StemList`s, the clause stems null for a whole sentence).
 */
export type CachedBodyEvent = [number, string, string | null, Precision, number, string, StemList, StemList | null];

/** `events` as the pipeline cache keeps them (`bodyEventsFromCache` reads them back). */
export function bodyEventsToCache(events: readonly BodyEvent[]): CachedBodyEvent[] {
  return events.map((e) => [e.passage, e.date, e.end, e.precision, e.inferred ? 1 : 0, e.text, joinStems(e.stems), e.clauseStems === null ? null : joinStems(e.clauseStems)]);
}

/**
 * The events that `bodyEventsToCache` gave `value`, or null when `value` does not have that shape for an
 * article of `passages` passages.
 */
export function bodyEventsFromCache(value: unknown, passages: number): BodyEvent[] | null {
  if (!Array.isArray(value)) return null;
  const events: BodyEvent[] = [];
  for (const e of value as unknown[]) {
    if (!Array.isArray(e) || e.length !== 8) return null;
    const [passage, date, end, precision, inferred, text, stems, clauseStems] = e as unknown[];
    if (
      !(Number.isInteger(passage) && (passage as number) >= 0 && (passage as number) < passages) ||
      typeof date !== 'string' || !(end === null || typeof end === 'string') ||
      !(precision === 'day' || precision === 'month' || precision === 'year') ||
      !(inferred === 0 || inferred === 1) || typeof text !== 'string' ||
      typeof stems !== 'string' || !(clauseStems === null || typeof clauseStems === 'string')
    ) {
      return null;
    }
    events.push({
      passage: passage as number,
      date,
      end,
      precision,
      inferred: inferred === 1,
      text,
      stems: splitStems(stems),
      clauseStems: clauseStems === null ? null : splitStems(clauseStems),
    });
  }
  return events;
}

export function buildTimeline(sources: readonly StorySource[], options: TimelineOptions = {}): TimelineEvent[] {
  const relatedId = options.relatedPassageId ?? ((i: number) => `related-${i + 1}`);
  const recordId = options.recordPassageId ?? 'record';
  const maxPer = options.maxEventsPerSource ?? MAX_EVENTS_PER_SOURCE;
  const entities = options.entities ?? findEntities(sources);
  const ekeys = entityIndex(entities);
  const headline = headlineEntities(sources, ekeys);

  const story = storyAnchor(sources);

  const cands: Cand[] = [];
  const push = (c: Omit<Cand, 'order'>): void => {
    cands.push({ ...c, order: cands.length });
  };

  sources.forEach((src, si) => {
    const own = anchorOf(src.meta.published);
    const anchor = own ?? story;
    for (const e of bodyEventsOf(src.passages, anchor, maxPer)) {
      push({
        date: e.date,
        end: e.end ?? undefined,
        precision: e.precision,
        inferred: e.inferred,
        origin: 'body',
        text: e.text,
        compare: e.text,
        stems: e.stems,
        citations: [{ source: src.source, passage: (src.passages[e.passage] as Passage).id }],
        srcIndex: si,
        relatedKey: null,
        day: e.precision === 'day' ? anchorOf(e.date) : null,
        actor: null,
      });
    }
    // publication
    if (own) {
      const title = src.meta.title ?? src.meta.dek;
      if (title) {
        const compare = `${src.meta.title ?? ''} ${src.meta.dek ?? ''}`.trim();
        const first = src.passages.find((p) => p.text === src.meta.title) ?? src.passages[0];
        push({
          date: ymdIso(own),
          end: undefined,
          precision: 'day',
          inferred: false,
          origin: 'publication',
          text: title,
          compare,
          stems: [...dateStems(compare)],
          citations: [{ source: src.source, passage: first ? first.id : recordId }],
          srcIndex: si,
          relatedKey: null,
          day: own,
          actor: leadingEntity(title, ekeys),
        });
      }
    }
    // related coverage
    (src.related ?? []).slice(0, 500).forEach((item, i) => {
      const pub = item.published ? dayOf(item.published) : null;
      const title = item.title ?? item.excerpt;
      if (!pub || !title) return;
      let start = pub;
      let end: YMD | undefined;
      const u = urlDay(item.url);
      if (u) {
        const d = dayDiff(u, pub);
        if (d > 0 && d <= 2) {
          start = u;
          end = pub;
        }
      }
      const compare = `${item.title ?? ''} ${item.excerpt ?? ''}`.trim();
      push({
        date: ymdIso(start),
        end: end ? ymdIso(end) : undefined,
        precision: 'day',
        inferred: false,
        origin: 'related',
        text: title,
        compare,
        stems: [...dateStems(compare)],
        citations: [{ source: src.source, passage: relatedId(i, item) }],
        srcIndex: si,
        relatedKey: item.url ?? item.title ?? `${si}:${i}`,
        day: start,
        actor: leadingEntity(title, ekeys),
      });
    });
  });

  // ---- merging
  const parent = cands.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keys = mergeKeys(cands);
  const similar = (i: number, j: number): boolean => {
    const a = cands[i] as Cand;
    const b = cands[j] as Cand;
    if (a.origin === 'body' && b.origin === 'body' && a.srcIndex === b.srcIndex) return a.date === b.date && a.precision === b.precision;
    const ka = keys[i] as MergeKey;
    const kb = keys[j] as MergeKey;
    // ≥ 3 shared stems and ≥ half of the smaller set (which so must have 3)
    const small = Math.min(ka.stems.length, kb.stems.length);
    // (shared / small >= 0.5 is 2 × shared >= small, exactly)
    if (small >= 3 && sharedAtLeast(ka.stems, kb.stems, Math.max(3, Math.ceil(small / 2)))) return true;
    if (a.origin === 'body' && b.origin === 'body' && (supportsKey(ka, kb) || supportsKey(kb, ka))) return true;
    if (a.origin !== 'body' && b.origin !== 'body' && a.actor !== null && a.actor === b.actor && !headline.has(a.actor)) return true;
    return false;
  };
  // buckets: same precision + date (year/month); days: window ±1
  const byKey = new Map<string, number[]>();
  cands.forEach((c, i) => {
    const k = c.precision === 'day' ? `day` : `${c.precision}:${c.date}`;
    const list = byKey.get(k) ?? [];
    list.push(i);
    byKey.set(k, list);
  });
  for (const [k, list] of byKey) {
    if (k === 'day') {
      const sorted = [...list].sort((x, y) => {
        const a = cands[x] as Cand;
        const b = cands[y] as Cand;
        return a.date < b.date ? -1 : a.date > b.date ? 1 : x - y;
      });
      // the sorted candidates' days, range ends, dates (as ids) and origins, so that the scan back through
      // a window (which passes by body candidates of other days) reads numbers only
      const n = sorted.length;
      const day = new Float64Array(n);
      const end = new Float64Array(n);
      const date = new Int32Array(n);
      const body = new Uint8Array(n);
      const dateIds = new Map<string, number>();
      sorted.forEach((x, i) => {
        const c = cands[x] as Cand;
        const kx = keys[x] as MergeKey;
        day[i] = kx.day;
        end[i] = kx.end;
        let id = dateIds.get(c.date);
        if (id === undefined) {
          id = dateIds.size;
          dateIds.set(c.date, id);
        }
        date[i] = id;
        body[i] = c.origin === 'body' ? 1 : 0;
      });
      for (let i = 0; i < n; i++) {
        const x = sorted[i] as number;
        const dx = day[i] as number;
        let checks = 0;
        for (let j = i - 1; j >= 0 && checks < MAX_COMPARE; j--) {
          const dy = day[j] as number;
          if (Number.isNaN(dx) || Number.isNaN(dy)) break;
          if (dx - (end[j] as number) > 1 && dx - dy > 1) break;
          if (body[i] === 1 && body[j] === 1 && date[i] !== date[j]) continue; // body days merge only when equal
          checks++;
          const y = sorted[j] as number;
          if (find(x) === find(y)) continue;
          if (similar(x, y)) union(x, y);
        }
      }
    } else {
      for (let i = 0; i < list.length; i++) {
        let checks = 0;
        for (let j = i - 1; j >= 0 && checks < MAX_COMPARE; j--, checks++) {
          const x = list[i] as number;
          const y = list[j] as number;
          if (find(x) === find(y)) continue;
          if (similar(x, y)) union(x, y);
        }
      }
    }
  }

  const clusters = new Map<number, Cand[]>();
  cands.forEach((c, i) => {
    const r = find(i);
    const list = clusters.get(r) ?? [];
    list.push(c);
    clusters.set(r, list);
  });

  // passages naming each entity (for step 4)
  const entityPassages = new Map<string, Citation[]>();
  for (const e of entities) entityPassages.set(e.name, e.mentions);
  const passageText = new Map<string, string>();
  sources.forEach((s) => {
    for (const p of s.passages) if (BODY_KINDS.has(p.kind)) passageText.set(`${s.source}\u0000${p.id}`, p.text);
  });
  const sourceIndex = new Map<string, number>();
  sources.forEach((s, i) => sourceIndex.set(s.source, i));

  const out: TimelineEvent[] = [];
  for (const members of clusters.values()) {
    const rank = (c: Cand): number =>
      c.origin === 'body' && !c.inferred ? 0 : c.origin === 'publication' ? 1 : c.origin === 'related' ? 2 : 3;
    const allReports = members.every((m) => m.origin !== 'body');
    const q = new Map<Cand, number>();
    const qual = (c: Cand): number => {
      let v = q.get(c);
      if (v === undefined) {
        v = quality(c.text);
        q.set(c, v);
      }
      return v;
    };
    // Only members of the best rank can word the event, so only they are compared (and their quality computed).
    let topRank = Infinity;
    for (const m of members) topRank = Math.min(topRank, rank(m));
    const best = members.filter((m) => rank(m) === topRank).sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (allReports ? (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) : 0) ||
        qual(b) - qual(a) ||
        (allReports ? a.text.length - b.text.length : 0) ||
        a.srcIndex - b.srcIndex ||
        a.order - b.order,
    )[0] as Cand;
    // date: most precise explicit member, else the earliest member
    const precRank = (p: Precision): number => (p === 'day' ? 0 : p === 'month' ? 1 : 2);
    const dated = [...members].sort(
      (a, b) =>
        Number(a.inferred) - Number(b.inferred) ||
        precRank(a.precision) - precRank(b.precision) ||
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        a.order - b.order,
    );
    let dateSrc = dated[0] as Cand;
    if (members.every((m) => m.origin !== 'body')) {
      // publication-based: the event happened by the earliest report
      dateSrc = [...members].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order))[0] as Cand;
    }
    const citations: Citation[] = [];
    const seen = new Set<string>();
    const cite = (c: Citation): void => {
      const k = `${c.source}\u0000${c.passage}`;
      if (seen.has(k)) return;
      seen.add(k);
      citations.push(c);
    };
    const sortedMembers = [...members].sort((a, b) => a.srcIndex - b.srcIndex || a.order - b.order);
    for (const m of sortedMembers) for (const c of m.citations) cite(c);
    // step 4: link body passages naming the leading entity
    if (members.every((m) => m.origin !== 'body')) {
      const actor = members.find((m) => m.actor !== null)?.actor ?? null;
      if (actor !== null && !headline.has(actor)) {
        const stems = new Set<string>();
        for (const m of members) for (const s of m.stems) stems.add(s);
        for (const s of contentStems(actor)) stems.delete(s);
        const linked = new Set<string>();
        for (const c of entityPassages.get(actor) ?? []) {
          if (linked.has(c.source)) continue;
          const text = passageText.get(`${c.source}\u0000${c.passage}`);
          if (text === undefined) continue;
          const ps = stemsOf(text);
          if (!ps.some((s) => stems.has(s))) continue;
          linked.add(c.source);
          cite(c);
        }
        citations.sort((a, b) => (sourceIndex.get(a.source) ?? 0) - (sourceIndex.get(b.source) ?? 0));
      }
    }
    const srcs = new Set<string>();
    const relatedKeys = new Set<string>();
    for (const m of members) {
      if (m.origin === 'related' && m.relatedKey !== null) relatedKeys.add(m.relatedKey);
      else srcs.add(sources[m.srcIndex]?.source ?? '');
    }
    for (const c of citations) if (!c.passage.startsWith('related-')) srcs.add(c.source);
    const explicit = members.some((m) => !m.inferred);
    const weight =
      srcs.size + 0.5 * relatedKeys.size + (explicit ? 0.5 : 0) + (dateSrc.precision === 'day' ? 0.3 : dateSrc.precision === 'month' ? 0.2 : 0);
    const ev: TimelineEvent = {
      date: dateSrc.date,
      precision: dateSrc.precision,
      inferred: members.every((m) => m.inferred) || (dateSrc.inferred && !members.some((m) => !m.inferred && m.date === dateSrc.date)),
      text: best.text,
      citations,
      weight: Math.round(weight * 100) / 100,
    };
    if (dateSrc.end !== undefined) ev.end = dateSrc.end;
    out.push(ev);
  }
  out.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      b.weight - a.weight ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  return out;
}

/** The `n` best-weighted events, in date order. */
export function topEvents<T extends { weight: number }>(events: readonly T[], n: number): T[] {
  const keep = new Set(
    events
      .map((e, i) => ({ e, i }))
      .sort((a, b) => b.e.weight - a.e.weight || a.i - b.i)
      .slice(0, Math.max(0, n))
      .map((x) => x.i),
  );
  return events.filter((_, i) => keep.has(i));
}

/** Timeline rows: events grouped by identical date (and end/precision), in date order. */
export interface TimelineRow {
  date: string;
  end?: string;
  precision: Precision;
  inferred: boolean;
  events: TimelineEvent[];
}
export function timelineRows(events: readonly TimelineEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const byKey = new Map<string, TimelineRow>();
  for (const e of events) {
    const k = `${e.date}/${e.end ?? ''}/${e.precision}`;
    let row = byKey.get(k);
    if (!row) {
      row = { date: e.date, precision: e.precision, inferred: e.inferred, events: [] };
      if (e.end !== undefined) row.end = e.end;
      byKey.set(k, row);
      rows.push(row);
    }
    row.events.push(e);
    row.inferred = row.inferred && e.inferred;
  }
  return rows;
}
