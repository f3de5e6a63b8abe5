/**
 * Extractive multi-document summary of one story.
 *
 * Method: budgeted concept coverage (Gillick & Favre 2009 concepts, Lin & Bilmes 2011 cost-scaled
 * greedy, evaluated lazily — the objective is monotone submodular).
 *  1. Candidates: the sentences of every `paragraph`, `quote` and `list-item` passage (headings and
 *     captions are never candidates), split within lines. Sentences of a source marked `duplicateOf`
 *     are not candidates (the original's are) but such sources are still cited.
 *  2. Concepts: content-word bigrams (stopwords removed, Porter-stemmed; see `text/`). The weight of a
 *     concept is the number of INDEPENDENT sources containing it (a source and its syndicated copies,
 *     linked through `duplicateOf`, count once); when the story has ≥ 3 independent sources a concept
 *     found in only one of them weighs 0.2; concepts in headlines/deks get +0.5 per independent source.
 *     Content unigrams are a second, lighter concept family (weight × 0.25) so that single- and
 *     two-source stories still reward recurring terms.
 *  3. Score of a candidate s given the already covered concepts:
 *        gain(s) × quality(s) × prior(s) / words(s)^0.5
 *     gain = summed weight of the concepts of s not yet covered; quality = `sentenceQuality` (fragments,
 *     questions, chrome, context-dependent openers, broken grammar, quote pieces); prior = 1 + e^(−ordinal/3)
 *     with ordinal the sentence's position in its source (the lead bias of news).
 *  4. Redundancy control: a candidate whose content stems overlap a chosen sentence's by ≥ 60 % of the
 *     smaller set is dropped (coverage already makes its gain small; this also removes rewordings).
 *  5. Budget: whole sentences only; the total whitespace word count of the chosen sentences is ≤
 *     `options.words` (never truncated — the scorer's `--max-words` truncation never bites).
 *  6. Order: by first appearance — the smallest body position (rank of the passage among its source's
 *     passages holding a usable sentence, so headlines, captions and chrome do not shift it) among the passages that support the
 *     sentence, then that source's publication date (undated last), then the sentence's own source order
 *     and position.
 *  7. Citations: the sentence's own passage, then, for every other source (copies included), the
 *     passage that best supports it (see `support.ts`: ≥ 60 % of its content bigrams), if any.
 *
 * Cost: linear in the total text (one tokenisation pass for candidates, one for citations, which only
 * look up the chosen sentences' bigrams); greedy selection uses a lazy priority queue.
 * Deterministic: every tie is broken by input order.
 */
import type { Citation, Metadata, Passage, SummarySentence } from '../types.ts';
import { sentenceQuality } from './quality.ts';
import { SUPPORT_THRESHOLD } from './support.ts';
import { bigramsOf, contentStems, countWords, sentenceSpans } from './text/index.ts';

export interface SummarySource {
  /** The input's file name (path relative to the content folder) — goes into Citation.source. */
  source: string;
  /** Cleaned body blocks in reading order, each with a stable id. */
  passages: Passage[];
  /** title/dek/publisher/published may be null. */
  meta: Metadata;
  /** Set when this source is a (near-)duplicate of another (syndicated copy): its file name. */
  duplicateOf?: string;
}

export interface SummaryOptions {
  /** Word budget: the chosen sentences total at most this many whitespace-separated words. */
  words: number;
}

/** Tunable parameters (exported for the bench; callers normally use the defaults). */
export interface SummaryTuning {
  /** Exponent of the length cost in the greedy ratio. */
  lengthExponent: number;
  /** Weight of a concept seen in a single independent source when there are ≥ 3 of them. */
  singletonWeight: number;
  /** Multiplier of the unigram concept family. */
  unigramWeight: number;
  /** Added weight per independent source whose headline or dek contains the concept. */
  titleBonus: number;
  /** Strength and decay of the position prior: 1 + strength × e^(−ordinal/decay). */
  positionStrength: number;
  positionDecay: number;
  /** Overlap (of the smaller content-stem set) above which a candidate is redundant. */
  redundancy: number;
}

export const DEFAULT_TUNING: SummaryTuning = {
  lengthExponent: 0.5,
  singletonWeight: 0.2,
  unigramWeight: 0.25,
  titleBonus: 0.5,
  positionStrength: 1,
  positionDecay: 3,
  redundancy: 0.6,
};

interface Candidate {
  id: number;
  src: number;
  passage: Passage;
  ordinal: number;
  text: string;
  words: number;
  stems: string[];
  stemSet: Set<string>;
  bigrams: Set<string>;
  /** Concept ids (bigrams and unigrams), unique. */
  concepts: number[];
  factor: number;
}

const CANDIDATE_KINDS = new Set(['paragraph', 'quote', 'list-item']);

function normaliseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Groups sources into independent groups through `duplicateOf` (union-find); returns group per source. */
function independentGroups(sources: readonly SummarySource[]): number[] {
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    let j = i;
    while (parent[j] !== r) {
      const next = parent[j] ?? r;
      parent[j] = r;
      j = next;
    }
    return r;
  };
  const byName = new Map<string, number>();
  sources.forEach((s, i) => {
    if (!byName.has(s.source)) byName.set(s.source, i);
  });
  sources.forEach((s, i) => {
    if (s.duplicateOf === undefined) return;
    const j = byName.get(s.duplicateOf);
    if (j === undefined) return;
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[a] = b; // the referenced original stays the root
  });
  return sources.map((_, i) => find(i));
}

/** Binary max-heap on (score desc, id asc). */
class Heap {
  private readonly items: Array<{ score: number; id: number }> = [];
  get size(): number {
    return this.items.length;
  }
  private before(a: { score: number; id: number }, b: { score: number; id: number }): boolean {
    return a.score > b.score || (a.score === b.score && a.id < b.id);
  }
  push(item: { score: number; id: number }): void {
    const it = this.items;
    it.push(item);
    let i = it.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pi = it[p];
      if (pi === undefined || !this.before(item, pi)) break;
      it[i] = pi;
      i = p;
    }
    it[i] = item;
  }
  peek(): { score: number; id: number } | undefined {
    return this.items[0];
  }
  pop(): { score: number; id: number } | undefined {
    const it = this.items;
    const top = it[0];
    const last = it.pop();
    if (top === undefined || last === undefined || it.length === 0) return top;
    let i = 0;
    const n = it.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      let bestItem = last;
      const li = it[l];
      if (l < n && li !== undefined && this.before(li, bestItem)) {
        best = l;
        bestItem = li;
      }
      const ri = it[r];
      if (r < n && ri !== undefined && this.before(ri, bestItem)) {
        best = r;
        bestItem = ri;
      }
      if (best === i) break;
      it[i] = bestItem;
      i = best;
    }
    it[i] = last;
    return top;
  }
}

function overlapOfSmaller(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let hit = 0;
  for (const t of small) if (large.has(t)) hit++;
  return hit / small.size;
}

export function summarize(sources: SummarySource[], options: SummaryOptions, tuning: SummaryTuning = DEFAULT_TUNING): SummarySentence[] {
  const budget = Math.max(0, Math.floor(options.words));
  if (budget === 0 || sources.length === 0) return [];
  const group = independentGroups(sources);

  // --- 1. candidates and concepts -------------------------------------------------------------
  const conceptIds = new Map<string, number>();
  const df: number[] = [];
  const lastGroup: number[] = [];
  const isUnigram: boolean[] = [];
  const conceptOf = (key: string, unigram: boolean): number => {
    let id = conceptIds.get(key);
    if (id === undefined) {
      id = df.length;
      conceptIds.set(key, id);
      df.push(0);
      lastGroup.push(-1);
      isUnigram.push(unigram);
    }
    return id;
  };
  // visit sources group by group so that "seen in this group already" is a single mark
  const order = sources.map((_, i) => i).sort((a, b) => (group[a] ?? 0) - (group[b] ?? 0) || a - b);
  const candidates: Candidate[] = [];
  /** Passages holding at least one usable sentence (quality > 0): what body positions count. */
  const usable = new Set<Passage>();
  const groupsWithText = new Set<number>();
  for (const si of order) {
    const src = sources[si];
    if (src === undefined) continue;
    const g = group[si] ?? si;
    const isCopy = g !== si;
    const title = src.meta.title !== null ? normaliseSpace(src.meta.title).toLowerCase() : null;
    let ordinal = 0;
    const mark = (keys: Iterable<string>, unigram: boolean, into: number[] | null): void => {
      for (const k of keys) {
        const id = conceptOf(k, unigram);
        if (lastGroup[id] !== g) {
          lastGroup[id] = g;
          df[id] = (df[id] ?? 0) + 1;
        }
        into?.push(id);
      }
    };
    for (const p of src.passages) {
      if (!CANDIDATE_KINDS.has(p.kind)) continue;
      if (title !== null && normaliseSpace(p.text).toLowerCase() === title) continue;
      const spans = sentenceSpans(p.text);
      for (const span of spans) {
        const text = normaliseSpace(p.text.slice(span.start, span.end));
        const stems = contentStems(text);
        if (stems.length === 0) continue;
        groupsWithText.add(g);
        const stemSet = new Set(stems);
        const bigrams = bigramsOf(stems);
        const concepts: number[] = [];
        mark(bigrams, false, isCopy ? null : concepts);
        mark(stemSet, true, isCopy ? null : concepts);
        if (!isCopy) {
          let quality = sentenceQuality(text);
          if (spans.length === 1 && countWords(text) <= 12) quality *= 0.5; // caption-like one-liner
          if (quality > 0) usable.add(p);
          candidates.push({
            id: candidates.length,
            src: si,
            passage: p,
            ordinal,
            text,
            words: countWords(text),
            stems,
            stemSet,
            bigrams,
            concepts,
            factor: quality,
          });
        }
        ordinal++;
      }
    }
  }
  if (candidates.length === 0) return [];

  // headline / dek concepts, per independent group
  const titleDf = new Map<number, number>();
  {
    const seen = new Map<number, number>();
    sources.forEach((src, si) => {
      const g = group[si] ?? si;
      for (const t of [src.meta.title, src.meta.dek]) {
        if (t === null) continue;
        const stems = contentStems(t);
        for (const k of [...bigramsOf(stems), ...stems]) {
          const id = conceptIds.get(k);
          if (id === undefined || seen.get(id) === g) continue;
          seen.set(id, g);
          titleDf.set(id, (titleDf.get(id) ?? 0) + 1);
        }
      }
    });
  }

  const nGroups = groupsWithText.size;
  const weight = df.map((d, id) => {
    let w = nGroups >= 3 && d < 2 ? tuning.singletonWeight : d;
    w += tuning.titleBonus * (titleDf.get(id) ?? 0);
    return isUnigram[id] === true ? w * tuning.unigramWeight : w;
  });

  // if every candidate is unusable, fall back to a tiny factor rather than returning nothing
  if (!candidates.some((c) => c.factor > 0)) for (const c of candidates) c.factor = 0.01;

  for (const c of candidates) {
    const prior = 1 + tuning.positionStrength * Math.exp(-c.ordinal / tuning.positionDecay);
    c.factor *= prior / Math.pow(Math.max(1, c.words), tuning.lengthExponent);
  }

  // --- 2. lazy greedy ---------------------------------------------------------------------------
  const covered = new Uint8Array(df.length);
  const gainOf = (c: Candidate): number => {
    let g = 0;
    for (const id of c.concepts) if (covered[id] === 0) g += weight[id] ?? 0;
    return g * c.factor;
  };
  const heap = new Heap();
  for (const c of candidates) {
    if (c.factor <= 0 || c.words > budget) continue;
    heap.push({ score: gainOf(c), id: c.id });
  }
  const chosen: Candidate[] = [];
  let used = 0;
  while (heap.size > 0 && used < budget) {
    const top = heap.pop();
    if (top === undefined) break;
    const c = candidates[top.id];
    if (c === undefined) continue;
    if (used + c.words > budget) continue; // budget only shrinks: drop for good
    const fresh = gainOf(c);
    const next = heap.peek();
    if (next !== undefined && (fresh < next.score || (fresh === next.score && next.id < c.id))) {
      heap.push({ score: fresh, id: c.id });
      continue;
    }
    if (fresh <= 0) break;
    if (chosen.some((o) => overlapOfSmaller(o.stemSet, c.stemSet) >= tuning.redundancy)) continue;
    chosen.push(c);
    used += c.words;
    for (const id of c.concepts) covered[id] = 1;
  }
  if (chosen.length === 0) return [];

  // --- 3. citations -----------------------------------------------------------------------------
  const needed = new Map<string, number[]>(); // bigram or stem → indexes of chosen sentences
  chosen.forEach((c, k) => {
    const keys = c.bigrams.size >= 2 ? c.bigrams : c.stemSet;
    for (const key of keys) {
      const list = needed.get(key);
      if (list === undefined) needed.set(key, [k]);
      else list.push(k);
    }
  });
  // best[k][si] = { score, passage }
  const best: Array<Map<number, { score: number; passage: Passage }>> = chosen.map(() => new Map());
  sources.forEach((src, si) => {
    for (const p of src.passages) {
      const stems = contentStems(p.text);
      const hits = new Map<number, number>();
      const keys = new Set<string>(stems);
      for (const b of bigramsOf(stems)) keys.add(b);
      for (const key of keys) {
        const list = needed.get(key);
        if (list === undefined) continue;
        for (const k of list) hits.set(k, (hits.get(k) ?? 0) + 1);
      }
      for (const [k, hit] of hits) {
        const c = chosen[k];
        if (c === undefined) continue;
        const size = c.bigrams.size >= 2 ? c.bigrams.size : c.stemSet.size;
        const score = hit / size;
        const ok = c.bigrams.size >= 2 ? score >= SUPPORT_THRESHOLD : score === 1;
        if (!ok) continue;
        const m = best[k];
        if (m === undefined) continue;
        const prev = m.get(si);
        if (prev === undefined || score > prev.score) m.set(si, { score, passage: p });
      }
    }
  });

  // body position of every passage: the number of usable passages before it (headings, captions,
  // leftover chrome and headline-like lines do not count)
  const bodyPos = new Map<Passage, number>();
  for (const src of sources) {
    let n = 0;
    for (const p of src.passages) bodyPos.set(p, usable.has(p) ? n++ : n);
  }
  const posOf = (p: Passage): number => bodyPos.get(p) ?? 0;
  const dated = (si: number): string => sources[si]?.meta.published ?? '\uffff';
  const results = chosen.map((c, k) => {
    const citations: Citation[] = [];
    const own = sources[c.src];
    if (own !== undefined) citations.push({ source: own.source, passage: c.passage.id });
    let firstIndex = posOf(c.passage);
    let firstSrc = c.src;
    const m = best[k] ?? new Map<number, { score: number; passage: Passage }>();
    for (let si = 0; si < sources.length; si++) {
      if (si === c.src) continue;
      const hit = m.get(si);
      const s = sources[si];
      if (hit === undefined || s === undefined) continue;
      citations.push({ source: s.source, passage: hit.passage.id });
      const pos = posOf(hit.passage);
      if (pos < firstIndex || (pos === firstIndex && dated(si) < dated(firstSrc))) {
        firstIndex = pos;
        firstSrc = si;
      }
    }
    return { c, citations, firstIndex, firstDate: dated(firstSrc), firstSrc };
  });

  // --- 4. order -----------------------------------------------------------------------------------
  results.sort(
    (a, b) =>
      a.firstIndex - b.firstIndex ||
      (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0) ||
      a.c.src - b.c.src ||
      a.c.ordinal - b.c.ordinal,
  );
  return results.map((r) => ({ text: r.c.text, citations: r.citations }));
}
