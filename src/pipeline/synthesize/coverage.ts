/**
 * What each source adds, and where sources disagree on numbers.
 *
 * `uniqueFacts`: the sentences only one independent source carries. A sentence's novelty is the share
 * of its content bigrams (`text/contentBigrams`) that no other independent source contains anywhere
 * (sources linked by `duplicateOf` are one group). It is unique when novelty ≥ `minNovelty` (0.7:
 * the union of all the other sources covers under 30 % of it — stricter than `supports`, which looks
 * at one passage at a time). Ranked by novelty × `sentenceQuality` × informativeness (log of its
 * content-word count, + a bonus per number and per capitalised name), top `perSource` per source.
 * Headings, captions, questions and broken/dependent sentences (quality < 0.3) are never facts.
 *
 * `numericConflicts`: numbers with a unit (count noun, money, percent) are aligned across sources by
 * their context — the unit stem and the content stems around the number (3 before, 3 after). Two
 * mentions describe the same quantity when they share the unit and ≥ 2 context stems besides it.
 * A subject is flagged when independent sources give different values (> 1 % apart) and no single
 * source gives both (an article listing "12 … up from 10 …" is not a conflict). Years, dates, days,
 * times, ordinals, ages and numbers glued to letters ("M12", "Covid-19") are not quantities.
 * Cost: one pass over the sentences plus an inverted index (bigram → groups; unit → mentions, capped).
 */
import type { Citation, Passage } from '../types.ts';
import { bigramIdsOf, memo, qualityOf, sentencesOfText, stemsOf, wordIdCount, type TextMemo } from './memo.ts';
import type { SummarySource } from './summarize.ts';
import { contentStems } from './text/index.ts';

export interface UniqueFact {
  text: string;
  citations: Citation[];
  /** Ranking score (higher first). */
  score: number;
}

export interface ConflictValue {
  /** The number as written ("$74 million", "12"). */
  value: string;
  /** Normalised numeric value. */
  amount: number;
  citation: Citation;
}

export interface Conflict {
  /** What is counted: the unit and its context words ("people killed"). */
  subject: string;
  values: ConflictValue[];
}

export interface CoverageOptions {
  perSource?: number;
  minNovelty?: number;
}

/** The passage kinds whose sentences coverage reads. */
export const BODY = new Set<Passage['kind']>(['paragraph', 'quote', 'list-item']);

interface Sent {
  text: string;
  passage: string;
}

function sentencesOf(src: SummarySource, cap = 3000): Sent[] {
  const out: Sent[] = [];
  for (const p of src.passages) {
    if (!BODY.has(p.kind)) continue;
    for (const sp of sentencesOfText(p.text)) {
      out.push({ text: sp.text, passage: p.id });
      if (out.length >= cap) return out;
    }
  }
  return out;
}

/** Group id per source: a source and its copies (through `duplicateOf`) share one. */
export function independentGroups(sources: readonly SummarySource[]): number[] {
  const idx = new Map<string, number>();
  sources.forEach((s, i) => {
    if (!idx.has(s.source)) idx.set(s.source, i);
  });
  const parent = sources.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  sources.forEach((s, i) => {
    if (s.duplicateOf === undefined) return;
    const j = idx.get(s.duplicateOf);
    if (j === undefined) return;
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  });
  return sources.map((_, i) => find(i));
}

export function uniqueFacts(sources: readonly SummarySource[], options: CoverageOptions = {}): Map<string, UniqueFact[]> {
  const perSource = options.perSource ?? 3;
  const minNovelty = options.minNovelty ?? 0.7;
  const groups = independentGroups(sources);
  const sents = sources.map((s) => sentencesOf(s));
  // Every text's bigrams (the run's word ids), then, per bigram id, the group that holds it: the group
  // itself when only one does, -1 when two or more do, -2 when none does.
  const texts = sources.map((src) => [
    ...src.passages.map((p) => bigramIdsOf(p.text)),
    ...[src.meta.title, src.meta.dek].flatMap((t) => (t ? [bigramIdsOf(t)] : [])),
  ]);
  const owner = new Int32Array(wordIdCount()).fill(-2);
  // Recording a bigram twice for one group changes nothing, so each text's bigrams go straight in.
  texts.forEach((list, i) => {
    const g = groups[i] as number;
    for (const ids of list) {
      for (const b of ids) {
        const o = owner[b]!;
        if (o === -2) owner[b] = g;
        else if (o !== g && o !== -1) owner[b] = -1;
      }
    }
  });
  const out = new Map<string, UniqueFact[]>();
  const independentCount = new Set(groups).size;
  sources.forEach((src, i) => {
    if (src.duplicateOf !== undefined || independentCount < 2) {
      out.set(src.source, []);
      return;
    }
    const g = groups[i] as number;
    const facts: UniqueFact[] = [];
    const seenText = new Set<string>();
    for (const s of sents[i] ?? []) {
      const q = qualityOf(s.text);
      if (q < 0.3) continue;
      const bg = bigramIdsOf(s.text);
      if (bg.length < 3) continue;
      let own = 0;
      for (const b of bg) if (b < owner.length && owner[b] === g) own++;
      const novelty = own / bg.length;
      if (novelty < minNovelty) continue;
      // the same bigrams are the same ids (within a run)
      const key = bg.join('|');
      if (seenText.has(key)) continue;
      seenText.add(key);
      const stems = stemsOf(s.text).length;
      const numbers = (s.text.match(/\d+/g) ?? []).length;
      const names = (s.text.slice(1).match(/\s\p{Lu}\p{L}+/gu) ?? []).length;
      const score = novelty * q * (Math.log(1 + stems) + 0.3 * Math.min(numbers, 3) + 0.2 * Math.min(names, 4));
      facts.push({ text: s.text, citations: [{ source: src.source, passage: s.passage }], score: Math.round(score * 1000) / 1000 });
    }
    facts.sort((a, b) => b.score - a.score || 0);
    out.set(src.source, facts.slice(0, perSource));
  });
  return out;
}

// ------------------------------------------------------------------------------------------------
// Numeric conflicts

interface Mention {
  raw: string;
  amount: number;
  unitKind: 'money' | 'percent' | 'count';
  unit: string;
  context: Set<string>;
  group: number;
  srcIndex: number;
  citation: Citation;
}

const SCALE: Record<string, number> = {
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, bn: 1e9, mn: 1e6,
};
const MONTH_WORDS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const NOT_UNITS = new Set(
  ('year years yr yrs month months week weeks day days hour hours minute minutes second seconds am pm a.m p.m ' +
    'st nd rd th percent per cent time times o clock').split(' '),
);
const AGE = /^(?:years?|yrs?)[- ]old\b/i;

const NUM = /(?<![\p{L}\p{N}.,\-/])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\p{L}\p{N}\-/:])(\s?(?:%|percent|per cent))?/gu;

function mentionsOf(sentence: string): { raw: string; amount: number; kind: Mention['unitKind']; start: number; end: number }[] {
  const out: { raw: string; amount: number; kind: Mention['unitKind']; start: number; end: number }[] = [];
  NUM.lastIndex = 0;
  let guard = 0;
  for (let m = NUM.exec(sentence); m !== null && guard < 200; m = NUM.exec(sentence), guard++) {
    const cur = m[1];
    const intPart = (m[2] ?? '').replace(/,/g, '');
    const frac = m[3] ?? '';
    const pct = m[4];
    let amount = Number(intPart + frac);
    if (!Number.isFinite(amount)) continue;
    let end = m.index + m[0].length;
    // scale word
    const rest = sentence.slice(end, end + 20);
    const sc = /^\s?(hundred|thousand|million|billion|trillion|bn|mn|k|m)\b/i.exec(rest);
    if (sc && !pct) {
      amount *= SCALE[(sc[1] ?? '').toLowerCase()] ?? 1;
      end += sc[0].length;
    }
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    const after = sentence.slice(end, end + 16);
    const isYear = !cur && !pct && !sc && !frac && intPart.length === 4 && amount >= 1800 && amount <= 2199 && !/,/.test(m[2] ?? '');
    if (isYear) continue;
    // dates ("June 11", "11 June"), times ("5 p.m."), ordinals, ages
    const prevWord = (/([\p{L}]+)\.?\s*$/u.exec(before)?.[1] ?? '').toLowerCase();
    const nextWord = (/^\s*([\p{L}.]+)/u.exec(after)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
    if (MONTH_WORDS.has(prevWord) || MONTH_WORDS.has(nextWord)) continue;
    if (/^\s?(?:a\.m|p\.m|am\b|pm\b)/i.test(after)) continue;
    if (AGE.test(after.trim()) || /^,\s*(?:who|a|an)\b/.test(after)) {
      // "Smith, 54, said" — an age
      if (/,\s*$/.test(before)) continue;
    }
    if (/,\s*$/.test(before) && /^\s*,/.test(after)) continue; // appositive age
    if (/(?:no\.|number|#|page|chapter|section|article|route|highway|flight)\s*$/i.test(before)) continue;
    const kind: Mention['unitKind'] = cur ? 'money' : pct ? 'percent' : /^\s*(?:dollars|euros|pounds|yen|usd|eur)\b/i.test(after) ? 'money' : 'count';
    out.push({ raw: sentence.slice(m.index, end).trim(), amount, kind, start: m.index, end });
  }
  return out;
}

/** Stems of scale and hedge words, which are not a number's unit or context. */
const SCALE_STEMS = new Set(['hundr', 'thousand', 'million', 'billion', 'trillion', 'more', 'least', 'nearli', 'about', 'around', 'some', 'over', 'almost', 'approxim', 'roughli', 'estim']);

/** A number a sentence states, with its unit and the content stems around it (what `numericConflicts` compares). */
export interface SentenceNumber {
  raw: string;
  amount: number;
  kind: Mention['unitKind'];
  unit: string;
  /** Context stems, in the order they were found. */
  context: string[];
}

/** The numbers of a sentence that have a unit (counts of things, money, percentages). Read-only. */
export const numbersOf: TextMemo<readonly SentenceNumber[]> = memo((sentence) => {
  const out: SentenceNumber[] = [];
  for (const n of mentionsOf(sentence)) {
    // context stays inside the number's clause: up to the nearest punctuation on each side
    const beforeText = sentence.slice(Math.max(0, n.start - 80), n.start).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    const afterText = sentence.slice(n.end, n.end + 80).split(/[,;:()—–.!?]|\s-\s/)[0] ?? '';
    const beforeStems = contentStems(beforeText).filter((x) => !/^\d/.test(x));
    const afterStems = contentStems(afterText).filter((x) => !/^\d/.test(x));
    const after = afterStems.filter((x) => !SCALE_STEMS.has(x));
    const unit = n.kind === 'money' ? '$' : n.kind === 'percent' ? '%' : (after[0] ?? '');
    if (n.kind === 'count' && (!unit || NOT_UNITS.has(unit))) continue;
    const context = new Set<string>([...beforeStems.slice(-3), ...after.slice(0, 3)].filter((x) => !SCALE_STEMS.has(x)));
    context.delete(unit);
    out.push({ raw: n.raw, amount: n.amount, kind: n.kind, unit, context: [...context] });
  }
  return out;
});

export function numericConflicts(sources: readonly SummarySource[]): Conflict[] {
  const groups = independentGroups(sources);
  const byUnit = new Map<string, Mention[]>();
  sources.forEach((src, si) => {
    if (src.duplicateOf !== undefined) return;
    for (const s of sentencesOf(src)) {
      for (const n of numbersOf(s.text)) {
        const m: Mention = {
          raw: n.raw,
          amount: n.amount,
          unitKind: n.kind,
          unit: n.unit,
          context: new Set(n.context),
          group: groups[si] as number,
          srcIndex: si,
          citation: { source: src.source, passage: s.passage },
        };
        const key = `${n.kind}:${n.unit}`;
        const list = byUnit.get(key) ?? [];
        if (list.length < 2000) list.push(m);
        byUnit.set(key, list);
      }
    }
  });
  const out: Conflict[] = [];
  const keys = [...byUnit.keys()].sort();
  for (const key of keys) {
    const list = byUnit.get(key) as Mention[];
    if (list.length < 2) continue;
    // cluster mentions sharing ≥ 2 context stems (union-find)
    const parent = list.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x] as number] as number;
        x = parent[x] as number;
      }
      return x;
    };
    const sharesTwo = (a: Mention, b: Mention): boolean => {
      let n = 0;
      for (const x of a.context) if (b.context.has(x) && ++n >= 2) return true;
      return false;
    };
    for (let i = 0; i < list.length; i++) {
      for (let j = Math.max(0, i - 200); j < i; j++) {
        // mentions already in one cluster need no comparing
        const ra = find(i);
        const rb = find(j);
        if (ra !== rb && sharesTwo(list[i] as Mention, list[j] as Mention)) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    const clusters = new Map<number, Mention[]>();
    list.forEach((m, i) => {
      const r = find(i);
      const c = clusters.get(r) ?? [];
      c.push(m);
      clusters.set(r, c);
    });
    for (const ms of clusters.values()) {
      const groupsSeen = new Set(ms.map((m) => m.group));
      if (groupsSeen.size < 2) continue;
      const distinct: Mention[] = [];
      for (const m of ms) if (!distinct.some((d) => close(d.amount, m.amount))) distinct.push(m);
      if (distinct.length < 2) continue;
      // a source giving several of the values is listing, not disagreeing
      const valuesBySource = new Map<number, Set<number>>();
      for (const m of ms) {
        const k = distinct.findIndex((d) => close(d.amount, m.amount));
        const set = valuesBySource.get(m.srcIndex) ?? new Set<number>();
        set.add(k);
        valuesBySource.set(m.srcIndex, set);
      }
      if ([...valuesBySource.values()].some((s) => s.size > 1)) continue;
      // every value must come from a different independent group than some other value
      const ctx = new Map<string, number>();
      for (const m of ms) for (const x of m.context) ctx.set(x, (ctx.get(x) ?? 0) + 1);
      const top = [...ctx.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map((e) => e[0]);
      const unitWord = ms[0]?.unitKind === 'count' ? (ms[0]?.unit ?? '') : ms[0]?.unitKind === 'money' ? 'amount' : 'percentage';
      const values: ConflictValue[] = [];
      const seenCite = new Set<string>();
      for (const m of ms) {
        const k = `${m.citation.source}\u0000${m.citation.passage}\u0000${m.amount}`;
        if (seenCite.has(k)) continue;
        seenCite.add(k);
        values.push({ value: m.raw, amount: m.amount, citation: m.citation });
      }
      values.sort((a, b) => a.amount - b.amount || (a.citation.source < b.citation.source ? -1 : a.citation.source > b.citation.source ? 1 : 0));
      out.push({ subject: [unitWord, ...top.filter((t) => t !== unitWord)].join(' '), values });
    }
  }
  out.sort((a, b) => b.values.length - a.values.length || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0));
  return out;
}

function close(a: number, b: number): boolean {
  if (a === b) return true;
  const m = Math.max(Math.abs(a), Math.abs(b));
  return m > 0 && Math.abs(a - b) / m <= 0.01;
}
