/**
 * Extractive multi-document summary of one story.
 *
 * Method: budgeted concept coverage (Gillick & Favre 2009 concepts, Lin & Bilmes 2011 cost-scaled
 * greedy, evaluated lazily — the objective is monotone submodular).
 *  1. Candidates: the sentences of every `paragraph`, `quote` and `list-item` passage (headings and
 *     captions are never candidates), split within lines. A leading wire dateline or run-in byline
 *     ("PORT ANSELM, Marovia (AP) _ …", see `text/dateline.ts`) is cut off: it carries no content and
 *     would waste budget (what is left is still supported by its passage). Sentences of a source marked
 *     `duplicateOf` are not candidates (the original's are) but such sources are still cited.
 *     A sentence's ordinal is its rank among its source's USABLE sentences (quality > 0), so headlines,
 *     chrome and captions left in the body do not push the article's lead down.
 *  2. Concepts: content-word bigrams (stopwords removed, Porter-stemmed; see `text/`). The weight of a
 *     concept is the number of INDEPENDENT sources containing it (a source and its syndicated copies,
 *     linked through `duplicateOf`, count once); when the story has ≥ 3 independent sources a concept
 *     found in only one of them weighs 0.2; concepts in headlines/deks get +0.5 per independent source.
 *     Content unigrams are a second, lighter concept family (weight × 0.5) so that single- and
 *     two-source stories still reward recurring terms.
 *  3. Score of a candidate s given the already covered concepts:
 *        gain(s) × quality(s) × prior(s) / words(s)^0.5
 *     gain = summed weight of the concepts of s not yet covered; quality = `sentenceQuality` (fragments,
 *     questions, chrome, context-dependent openers, unresolved pronoun speakers, broken grammar, quote
 *     pieces); prior = 1 + e^(−ordinal/3) (the lead bias of news).
 *  4. The lead: the first sentence picked is the best-scoring candidate that can stand first — no
 *     context-dependent opener (`dependentOpener`), quality ≥ 0.5 — among the first two usable sentences
 *     of the articles (the core event, stated early by many sources); it is shown first.
 *  5. Context: a sentence with a context-dependent opener ("He said…", "The move…") keeps its penalty
 *     unless the sentence just before it in its source is chosen; then the penalty is lifted and it is
 *     shown right after that sentence (resolved anaphora).
 *  6. Redundancy control: a candidate whose content stems overlap a chosen sentence's by ≥ 60 % of the
 *     smaller set is dropped (coverage already makes its gain small; this also removes rewordings).
 *     Among near-duplicates (each carries ≥ 80 % of the other's content bigrams) the cleanest wording is
 *     shown: the one with the highest quality, then the fewest words (sentences that lost words, cut-off
 *     deks and dependent openers lose to a clean rewording).
 *  7. Budget: whole sentences; the chosen sentences total ≤ `options.words`, EXCEPT that one last
 *     sentence may run past the budget by at most min(25 % of it, 30 words) when whole sentences leave
 *     room unused. This is deliberate: the benchmark scorer truncates at the budget (`--max-words`), so
 *     the truncated summary then uses the full budget instead of stopping short; a page shows one
 *     slightly longer summary.
 *  8. Order: the lead, then by first appearance — the smallest sentence ordinal, over the sources whose
 *     passages support the sentence, of the supporting sentence — then that source's publication date
 *     (undated last), then the sentence's own source order and position (document order is publication
 *     order for wire clusters, so this is a chronology proxy). The sentence that runs past the budget (7)
     goes last, so that a cut at the budget falls on it.
 *  9. Citations: the sentence's own passage, then, for every other source (copies included), the
 *     passage that best supports it (see `support.ts`: ≥ 60 % of its content bigrams), if any.
 *
 * Cost: linear in the total text (one tokenisation pass for candidates, one for citations, which only
 * look up the chosen sentences' bigrams); greedy selection uses a lazy priority queue.
 * Deterministic: every tie is broken by input order.
 */
import type { Citation, Metadata, Passage, SummarySentence } from '../types.ts';
import { bigramIdsOf, qualityOf, sentencesOfText, sharedCount, sortedIds, stemId, stemSetIdsOf, stemsOf, wordIdCount } from './memo.ts';
import { dependentOpener, openerPenalty } from './quality.ts';
import { SUPPORT_THRESHOLD } from './support.ts';
import { countWords, stripDateline } from './text/index.ts';

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
  /**
   * Word budget: the chosen sentences total at most this many whitespace-separated words, except for
   * one last sentence that may run past it by at most min(25 %, 30 words) (see step 7 above).
   */
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
  /** Share of the budget (capped at `overflowMax` words) the last sentence may run past it; 0 = never. */
  overflowShare: number;
  overflowMax: number;
}

export const DEFAULT_TUNING: SummaryTuning = {
  lengthExponent: 0.5,
  singletonWeight: 0.2,
  unigramWeight: 0.5,
  titleBonus: 0.5,
  positionStrength: 1,
  positionDecay: 3,
  redundancy: 0.6,
  overflowShare: 0.25,
  overflowMax: 30,
};

interface Candidate {
  id: number;
  src: number;
  passage: Passage;
  /** Rank among the source's usable sentences (quality > 0). */
  ordinal: number;
  text: string;
  words: number;
  /** Its concepts (the run's word ids, `memo.ts`): distinct content bigrams, then distinct content stems. */
  bigrams: Int32Array;
  stems: Int32Array;
  /** The same, sorted (made when first needed). */
  sortedBigrams: Int32Array | null;
  sortedStems: Int32Array | null;
  quality: number;
  /** Cannot open the summary (context-dependent opener). */
  dependent: boolean;
  /** The previous sentence of the same passage, if any (what a dependent opener leans on). */
  prev: Candidate | null;
  /** quality × prior / length cost, with the quality of a dependent sentence … */
  factor: number;
  /** … and with its dependency resolved (the penalty lifted). */
  resolvedFactor: number;
}

/** One sentence of any source (copies included), for sentence-level positions. */
interface SentenceInfo {
  ordinal: number;
  /** Its distinct content bigrams (word ids). */
  bigrams: Int32Array;
}

function sortedBigramsOf(c: Candidate): Int32Array {
  return (c.sortedBigrams ??= sortedIds(c.bigrams));
}

function sortedStemsOf(c: Candidate): Int32Array {
  return (c.sortedStems ??= sortedIds(c.stems));
}

const CANDIDATE_KINDS = new Set(['paragraph', 'quote', 'list-item']);

/** Whitespace other than single inner spaces. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

function normaliseSpace(s: string): string {
  // The same string when there is nothing to change, so the per-text memos find it by identity.
  if (!IRREGULAR_SPACE.test(s)) return s;
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

/** The share of the smaller of two candidates' content stem sets that the other holds. */
function overlapOfSmaller(a: Candidate, b: Candidate): number {
  const small = Math.min(a.stems.length, b.stems.length);
  if (small === 0) return 0;
  return sharedCount(sortedStemsOf(a), sortedStemsOf(b)) / small;
}

/** `containment` of sorted distinct ids: the share of `sentence` that `passage` holds (0 for none). */
function idContainment(sentence: Int32Array, passage: Int32Array): number {
  return sentence.length === 0 ? 0 : sharedCount(sentence, passage) / sentence.length;
}

export function summarize(sources: SummarySource[], options: SummaryOptions, tuning: SummaryTuning = DEFAULT_TUNING): SummarySentence[] {
  const budget = Math.max(0, Math.floor(options.words));
  if (budget === 0 || sources.length === 0) return [];
  const group = independentGroups(sources);

  // --- 1. candidates and concepts -------------------------------------------------------------
  // Concepts are the run's word ids (`memo.ts`), where a bigram's id is never a stem's.
  // Every sentence's concepts with its group, in visiting order, for the document frequencies below.
  const marked: { g: number; bigrams: Int32Array; stems: Int32Array }[] = [];
  // visit sources group by group so that "seen in this group already" is a single mark
  const order = sources.map((_, i) => i).sort((a, b) => (group[a] ?? 0) - (group[b] ?? 0) || a - b);
  const candidates: Candidate[] = [];
  /** The sentences of every passage (all sources), for sentence-level positions. */
  const sentencesOf = new Map<Passage, SentenceInfo[]>();
  const groupsWithText = new Set<number>();
  for (const si of order) {
    const src = sources[si];
    if (src === undefined) continue;
    const g = group[si] ?? si;
    const isCopy = g !== si;
    // the headline and the dek, when the cleaner kept them as body lines, are not candidates and do not
    // count as body sentences (their concepts get the title bonus instead)
    const heads = new Set<string>();
    for (const t of [src.meta.title, src.meta.dek]) if (t !== null) heads.add(normaliseSpace(t).toLowerCase());
    let ordinal = 0;
    for (const p of src.passages) {
      if (!CANDIDATE_KINDS.has(p.kind)) continue;
      if (heads.has(normaliseSpace(p.text).toLowerCase())) continue;
      const spans = sentencesOfText(p.text);
      const infos: SentenceInfo[] = [];
      let prev: Candidate | null = null;
      for (const span of spans) {
        const text = stripDateline(normaliseSpace(span.text));
        const stems = stemsOf(text);
        if (stems.length === 0) continue;
        groupsWithText.add(g);
        const stemIds = stemSetIdsOf(text);
        const bigrams = bigramIdsOf(text);
        marked.push({ g, bigrams, stems: stemIds });
        const words = countWords(text);
        let quality = qualityOf(text);
        if (spans.length === 1 && words <= 12) quality *= 0.5; // caption-like one-liner
        infos.push({ ordinal, bigrams });
        if (!isCopy) {
          const c: Candidate = {
            id: candidates.length,
            src: si,
            passage: p,
            ordinal,
            text,
            words,
            bigrams,
            stems: stemIds,
            sortedBigrams: null,
            sortedStems: null,
            quality,
            dependent: dependentOpener(text),
            prev,
            factor: quality,
            resolvedFactor: quality,
          };
          candidates.push(c);
          prev = c;
        }
        if (quality > 0) ordinal++;
      }
      if (infos.length > 0) sentencesOf.set(p, infos);
    }
  }
  if (candidates.length === 0) return [];

  // document frequency of each concept: the independent groups whose sentences hold it
  const ids = wordIdCount();
  const df = new Int32Array(ids);
  const isUnigram = new Uint8Array(ids);
  {
    const lastGroup = new Int32Array(ids).fill(-1);
    for (const { g, bigrams, stems } of marked) {
      for (const id of bigrams) {
        if (lastGroup[id] !== g) {
          lastGroup[id] = g;
          df[id] = df[id]! + 1;
        }
      }
      for (const id of stems) {
        isUnigram[id] = 1;
        if (lastGroup[id] !== g) {
          lastGroup[id] = g;
          df[id] = df[id]! + 1;
        }
      }
    }
  }

  // headline / dek concepts, per independent group
  const titleDf = new Int32Array(ids);
  {
    const seen = new Int32Array(ids).fill(-1);
    const count = (id: number, g: number): void => {
      if (id >= ids || df[id] === 0 || seen[id] === g) return;
      seen[id] = g;
      titleDf[id] = titleDf[id]! + 1;
    };
    sources.forEach((src, si) => {
      const g = group[si] ?? si;
      for (const t of [src.meta.title, src.meta.dek]) {
        if (t === null) continue;
        for (const id of bigramIdsOf(t)) count(id, g);
        for (const stem of stemsOf(t)) count(stemId(stem), g);
      }
    });
  }

  const nGroups = groupsWithText.size;
  const weight = new Float64Array(ids);
  for (let id = 0; id < ids; id++) {
    const d = df[id]!;
    if (d === 0) continue;
    let w = nGroups >= 3 && d < 2 ? tuning.singletonWeight : d;
    w += tuning.titleBonus * titleDf[id]!;
    weight[id] = isUnigram[id] === 1 ? w * tuning.unigramWeight : w;
  }

  // if every candidate is unusable, fall back to a tiny factor rather than returning nothing
  if (!candidates.some((c) => c.quality > 0)) for (const c of candidates) c.quality = 0.01;

  for (const c of candidates) {
    const prior = 1 + tuning.positionStrength * Math.exp(-c.ordinal / tuning.positionDecay);
    const cost = prior / Math.pow(Math.max(1, c.words), tuning.lengthExponent);
    c.factor = c.quality * cost;
    // a dependent opener's penalty (0.15 or 0.5 in `sentenceQuality`) is lifted once its antecedent is chosen
    // (a sentence that is no dependent opener has no opener penalty: `openerPenalty` is 1)
    c.resolvedFactor = c.quality > 0 ? (c.quality / (c.dependent ? openerPenalty(c.text) : 1)) * cost : 0;
  }

  // --- 2. the lead, then lazy greedy -------------------------------------------------------------
  const covered = new Uint8Array(ids);
  const chosenSet = new Set<Candidate>();
  const factorOf = (c: Candidate): number => (c.dependent && c.prev !== null && chosenSet.has(c.prev) ? c.resolvedFactor : c.factor);
  const gainOf = (c: Candidate): number => {
    let g = 0;
    for (const id of c.bigrams) if (covered[id] === 0) g += weight[id]!;
    for (const id of c.stems) if (covered[id] === 0) g += weight[id]!;
    return g * factorOf(c);
  };
  const chosen: Candidate[] = [];
  let used = 0;
  const heap = new Heap();
  const take = (c: Candidate): void => {
    chosen.push(c);
    chosenSet.add(c);
    used += c.words;
    for (const id of c.bigrams) covered[id] = 1;
    for (const id of c.stems) covered[id] = 1;
  };
  const redundant = (c: Candidate): boolean => chosen.some((o) => overlapOfSmaller(o, c) >= tuning.redundancy);

  const leadable = (c: Candidate): boolean => !c.dependent && c.quality >= 0.5 && c.words <= budget;
  let lead: Candidate | undefined;
  for (const early of [true, false]) {
    let best = -1;
    for (const c of candidates) {
      if (!leadable(c) || (early && c.ordinal > 1)) continue;
      const s = gainOf(c);
      if (s > best) {
        best = s;
        lead = c;
      }
    }
    if (lead !== undefined) break;
  }
  if (lead !== undefined) take(lead);

  const next = new Map<Candidate, Candidate>(); // antecedent → the dependent sentence after it
  for (const c of candidates) if (c.dependent && c.prev !== null) next.set(c.prev, c);
  for (const c of candidates) {
    if (chosenSet.has(c) || c.factor <= 0 || c.words > budget) continue;
    heap.push({ score: gainOf(c), id: c.id });
  }
  while (heap.size > 0 && used < budget) {
    const top = heap.pop();
    if (top === undefined) break;
    const c = candidates[top.id];
    if (c === undefined || chosenSet.has(c)) continue;
    if (used + c.words > budget) continue; // budget only shrinks: drop for good
    const fresh = gainOf(c);
    const peek = heap.peek();
    if (peek !== undefined && (fresh < peek.score || (fresh === peek.score && peek.id < c.id))) {
      heap.push({ score: fresh, id: c.id });
      continue;
    }
    if (fresh <= 0) break;
    if (redundant(c)) continue;
    take(c);
    // its dependent successor just became resolved: its score may have grown, re-queue it
    const d = next.get(c);
    if (d !== undefined && !chosenSet.has(d) && d.resolvedFactor > 0 && d.words <= budget) heap.push({ score: gainOf(d), id: d.id });
  }
  if (chosen.length === 0) return [];

  // --- 3. fill: one last sentence may run past the budget (see step 7 of the module comment) ----------
  const overflow = Math.min(Math.floor(tuning.overflowShare * budget), tuning.overflowMax);
  let fill: Candidate | undefined;
  if (used < budget && overflow > 0) {
    let best: Candidate | undefined;
    let bestScore = 0;
    for (const c of candidates) {
      if (chosenSet.has(c) || factorOf(c) <= 0 || used + c.words > budget + overflow) continue;
      const s = gainOf(c);
      if (s > bestScore && !redundant(c)) {
        bestScore = s;
        best = c;
      }
    }
    if (best !== undefined) {
      take(best);
      fill = best;
    }
  }

  // --- 4. the cleanest wording among near-duplicates ----------------------------------------------
  {
    const index = new Map<number, Candidate[]>();
    const wanted = new Uint8Array(ids);
    for (const c of chosen) for (const b of c.bigrams) wanted[b] = 1;
    for (const c of candidates) {
      if (c.quality <= 0) continue;
      for (const b of c.bigrams) {
        if (wanted[b] === 0) continue;
        const list = index.get(b);
        if (list === undefined) index.set(b, [c]);
        else list.push(c);
      }
    }
    for (let k = 0; k < chosen.length; k++) {
      const c = chosen[k];
      if (c === undefined || c.bigrams.length < 2) continue;
      const hits = new Map<Candidate, number>();
      for (const b of c.bigrams) for (const o of index.get(b) ?? []) if (o !== c) hits.set(o, (hits.get(o) ?? 0) + 1);
      let best = c;
      for (const [o, hit] of hits) {
        if (chosenSet.has(o) || hit < 0.8 * c.bigrams.length || o.bigrams.length < 2) continue;
        if (idContainment(sortedBigramsOf(o), sortedBigramsOf(c)) < 0.8) continue; // o must not add content c lacks
        const lessClean = o.quality < best.quality || (o.quality === best.quality && o.words >= best.words);
        if (lessClean || used - c.words + o.words > budget + overflow) continue;
        if (c === lead && o.dependent) continue;
        best = o;
      }
      if (best !== c) {
        chosen[k] = best;
        chosenSet.delete(c);
        chosenSet.add(best);
        used += best.words - c.words;
        if (c === lead) lead = best;
        if (c === fill) fill = best;
      }
    }
  }

  // --- 5. citations -----------------------------------------------------------------------------
  const needed = new Map<number, number[]>(); // bigram or stem id → indexes of chosen sentences
  chosen.forEach((c, k) => {
    const keys = c.bigrams.length >= 2 ? c.bigrams : c.stems;
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
      const hits = new Map<number, number>();
      // stem and bigram ids never coincide, so the two lists together are the passage's distinct keys
      for (const keys of [stemSetIdsOf(p.text), bigramIdsOf(p.text)]) {
        for (const key of keys) {
          const list = needed.get(key);
          if (list === undefined) continue;
          for (const k of list) hits.set(k, (hits.get(k) ?? 0) + 1);
        }
      }
      for (const [k, hit] of hits) {
        const c = chosen[k];
        if (c === undefined) continue;
        const size = c.bigrams.length >= 2 ? c.bigrams.length : c.stems.length;
        const score = hit / size;
        const ok = c.bigrams.length >= 2 ? score >= SUPPORT_THRESHOLD : score === 1;
        if (!ok) continue;
        const m = best[k];
        if (m === undefined) continue;
        const prev = m.get(si);
        if (prev === undefined || score > prev.score) m.set(si, { score, passage: p });
      }
    }
  });

  /** Ordinal of the sentence of `p` that carries most of c's bigrams (the passage's first if none). */
  const positionIn = (p: Passage, c: Candidate): number => {
    const infos = sentencesOf.get(p);
    if (infos === undefined || infos.length === 0) return Number.MAX_SAFE_INTEGER;
    let bestPos = infos[0]?.ordinal ?? 0;
    let bestScore = -1;
    const own = sortedBigramsOf(c);
    for (const s of infos) {
      const score = idContainment(own, sortedIds(s.bigrams));
      if (score > bestScore) {
        bestScore = score;
        bestPos = s.ordinal;
      }
    }
    return bestPos;
  };
  const dated = (si: number): string => sources[si]?.meta.published ?? '\uffff';
  const results = chosen.map((c, k) => {
    const citations: Citation[] = [];
    const own = sources[c.src];
    if (own !== undefined) citations.push({ source: own.source, passage: c.passage.id });
    let firstIndex = c.ordinal;
    let firstSrc = c.src;
    const m = best[k] ?? new Map<number, { score: number; passage: Passage }>();
    for (let si = 0; si < sources.length; si++) {
      if (si === c.src) continue;
      const hit = m.get(si);
      const s = sources[si];
      if (hit === undefined || s === undefined) continue;
      citations.push({ source: s.source, passage: hit.passage.id });
      const pos = positionIn(hit.passage, c);
      if (pos < firstIndex || (pos === firstIndex && dated(si) < dated(firstSrc))) {
        firstIndex = pos;
        firstSrc = si;
      }
    }
    return { c, citations, firstIndex, firstDate: dated(firstSrc) };
  });

  // --- 6. order -----------------------------------------------------------------------------------
  type Result = (typeof results)[number];
  const attached = new Map<Candidate, Result>(); // antecedent → its chosen dependent successor
  const free: Result[] = [];
  let last: Result | undefined; // the sentence that may run past the budget goes last, where a cut falls
  for (const r of results) {
    if (r.c === fill && r.c !== lead && !(r.c.dependent && r.c.prev !== null && chosenSet.has(r.c.prev))) {
      last = r;
      continue;
    }
    if (r.c !== lead && r.c.dependent && r.c.prev !== null && chosenSet.has(r.c.prev)) attached.set(r.c.prev, r);
    else free.push(r);
  }
  free.sort(
    (a, b) =>
      (a.c === lead ? -1 : 0) - (b.c === lead ? -1 : 0) ||
      a.firstIndex - b.firstIndex ||
      (a.firstDate < b.firstDate ? -1 : a.firstDate > b.firstDate ? 1 : 0) ||
      a.c.src - b.c.src ||
      a.c.ordinal - b.c.ordinal,
  );
  // if no lead could be chosen, keep a context-dependent sentence from opening the summary
  if (lead === undefined) {
    const i = free.findIndex((r) => !r.c.dependent);
    if (i > 0) free.unshift(...free.splice(i, 1));
  }
  const ordered: Result[] = [];
  for (const r of free) {
    ordered.push(r);
    for (let a = attached.get(r.c); a !== undefined; a = attached.get(a.c)) ordered.push(a);
  }
  if (last !== undefined) {
    ordered.push(last);
    for (let a = attached.get(last.c); a !== undefined; a = attached.get(a.c)) ordered.push(a);
  }
  return ordered.map((r) => ({ text: r.c.text, citations: r.citations }));
}

