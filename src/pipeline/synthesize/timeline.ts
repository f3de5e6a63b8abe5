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
import { bigramsOfText, datesOf, qualityOf, sentencesOfText, stemSetOf, stemsOf } from './memo.ts';
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
  stems: Set<string>;
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
  day: number;
  end: number;
}

function mergeKeys(cands: readonly Cand[]): MergeKey[] {
  const ids = new Map<string, number>();
  const idsOf = (values: Iterable<string>): Int32Array => {
    const out: number[] = [];
    for (const v of values) {
      let id = ids.get(v);
      if (id === undefined) {
        id = ids.size;
        ids.set(v, id);
      }
      out.push(id);
    }
    return Int32Array.from(out).sort();
  };
  return cands.map((c) => {
    const day = c.day ? dayNumber(c.day) : Number.NaN;
    const endDay = c.end ? anchorOf(c.end) : null;
    return {
      stems: idsOf(c.stems),
      sup: idsOf(stemSetOf(c.compare)),
      supCount: stemsOf(c.compare).length,
      // bigrams are ids of their own, apart from stems ("a b" holds a space, which no stem does)
      bigrams: idsOf(bigramsOfText(c.compare)),
      day,
      end: endDay ? dayNumber(endDay) : day,
    };
  });
}

/** Days since 1970-01-01 (exact: UTC days have no DST). */
function dayNumber(d: YMD): number {
  return Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
}

/** How many ids two sorted arrays of distinct ids share. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** `supports(p.compare, s.compare)` (see support.ts) on the candidates' integer keys. */
function supportsKey(p: MergeKey, s: MergeKey): boolean {
  if (s.bigrams.length >= 2) return sharedCount(s.bigrams, p.bigrams) / s.bigrams.length >= SUPPORT_THRESHOLD;
  if (s.supCount === 0) return false;
  return sharedCount(s.sup, p.sup) === s.sup.length;
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

/** Folded token keys of an entity's names (name and aliases, without a leading "The"). */
function entityKeys(entities: readonly Entity[]): { name: string; keys: string[] }[] {
  return entities.slice(0, 300).map((e) => ({
    name: e.name,
    keys: [e.name, ...e.aliases].map((n) => tokenize(n.replace(/^The /, '')).join(' ')).filter((k) => k.length > 0),
  }));
}

/** The story's headline entities: named in the titles of at least half of the sources that have one. */
function headlineEntities(sources: readonly StorySource[], keys: readonly { name: string; keys: string[] }[]): Set<string> {
  const out = new Set<string>();
  const titles = sources
    .filter((s) => s.meta.title ?? s.meta.dek)
    .map((s) => ` ${tokenize(`${s.meta.title ?? ''} ${s.meta.dek ?? ''}`.slice(0, 2000)).join(' ')} `);
  if (titles.length === 0) return out;
  for (const e of keys) {
    let hits = 0;
    for (const t of titles) if (e.keys.some((k) => t.includes(` ${k} `))) hits++;
    if (hits * 2 >= titles.length) out.add(e.name);
  }
  return out;
}

/** The first entity named in the text (by position), or null. */
function leadingEntity(text: string, keys: readonly { name: string; keys: string[] }[]): string | null {
  const t = ` ${tokenize(text.slice(0, 2000)).join(' ')} `;
  let best: { pos: number; name: string } | null = null;
  for (const e of keys) {
    for (const k of e.keys) {
      const pos = t.indexOf(` ${k} `);
      if (pos >= 0 && (best === null || pos < best.pos)) best = { pos, name: e.name };
    }
  }
  return best ? best.name : null;
}

export function buildTimeline(sources: readonly StorySource[], options: TimelineOptions = {}): TimelineEvent[] {
  const relatedId = options.relatedPassageId ?? ((i: number) => `related-${i + 1}`);
  const recordId = options.recordPassageId ?? 'record';
  const maxPer = options.maxEventsPerSource ?? 200;
  const entities = options.entities ?? findEntities(sources);
  const ekeys = entityKeys(entities);
  const headline = headlineEntities(sources, ekeys);

  let story: YMD | null = null;
  for (const s of sources) {
    const a = anchorOf(s.meta.published);
    if (a && (story === null || dayDiff(story, a) > 0)) story = a;
  }

  const cands: Cand[] = [];
  const push = (c: Omit<Cand, 'order'>): void => {
    cands.push({ ...c, order: cands.length });
  };

  sources.forEach((src, si) => {
    const own = anchorOf(src.meta.published);
    const anchor = own ?? story;
    let n = 0;
    for (const p of src.passages) {
      if (p.kind === 'caption' || n >= maxPer) continue;
      if (p.kind === 'heading' && p.text.split(/\s+/).length < 6) continue;
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
          push({
            date: f.date,
            end: f.endDate,
            precision: f.precision,
            inferred: f.relative,
            origin: 'body',
            text,
            compare: text,
            stems: text === sentence ? stems : dateStems(text),
            citations: [{ source: src.source, passage: p.id }],
            srcIndex: si,
            relatedKey: null,
            day: f.precision === 'day' ? anchorOf(f.date) : null,
            actor: null,
          });
        }
      }
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
          stems: dateStems(compare),
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
        stems: dateStems(compare),
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
    const [small, big] = ka.stems.length <= kb.stems.length ? [ka.stems, kb.stems] : [kb.stems, ka.stems];
    const shared = sharedCount(small, big);
    if (shared >= 3 && (small.length ? shared / small.length : 0) >= 0.5) return true;
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
      for (let i = 0; i < sorted.length; i++) {
        const x = sorted[i] as number;
        const a = cands[x] as Cand;
        const ka = keys[x] as MergeKey;
        let checks = 0;
        for (let j = i - 1; j >= 0 && checks < MAX_COMPARE; j--) {
          const y = sorted[j] as number;
          const b = cands[y] as Cand;
          const kb = keys[y] as MergeKey;
          if (Number.isNaN(ka.day) || Number.isNaN(kb.day)) break;
          if (ka.day - kb.end > 1 && ka.day - kb.day > 1) break;
          const sameDay = a.date === b.date;
          if (!sameDay && (a.origin === 'body' && b.origin === 'body')) continue; // body days merge only when equal
          checks++;
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
