/**
 * Benchmark of the clean and describe stages.
 *
 *   node bench/clean.ts [--verbose]
 *
 * Scores line labels (content / boilerplate precision, recall, F1) and
 * metadata (right, honestly null, wrong, invented) on sets kept apart:
 *
 *   1. seeds: the seed articles against their gold labels;
 *   2. clean-corpus: the hand-written corpus, one fold per style. The
 *      classifier is rule-based with no fitted weights, so leave-one-style-out
 *      needs no re-tuning: each style is scored as a held-out fold;
 *   3. clean-dev2: a second dev set in styles the corpus does not have,
 *      written after the rules (its first score was a holdout figure);
 *   4. clean-dev3: a third dev set (cable news, local TV, newsletter
 *      platforms, markets, opinion, sport, tech, nonprofit, regional,
 *      science), scored before the rules were changed for it;
 *   5. blind: tests/fixtures/blind-corpus, when it exists. Only aggregate
 *      numbers are printed for it (never per-line misses, file names or
 *      styles), even with --verbose, so that it stays a blind measurement.
 *
 * Each set is cleaned as `dossier clean FILE...` would clean it: the lines
 * that recur in three or more of the set's inputs are passed as
 * CleanContext.repeated.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DecodedSource, Metadata } from '../src/pipeline/types.ts';
import type { CleanContext } from '../src/pipeline/clean/index.ts';
import { cleanSource, normaliseLine } from '../src/pipeline/clean/index.ts';
import { describe } from '../src/pipeline/describe/index.ts';

const ROOT = join(import.meta.dirname, '..');
const FIELDS = ['title', 'dek', 'publisher', 'author', 'editor', 'published', 'url'] as const;
type Field = (typeof FIELDS)[number];
type Expected = Partial<Record<Field, string | null>>;

interface Counts {
  tp: { C: number; B: number };
  fp: { C: number; B: number };
  fn: { C: number; B: number };
  meta: { right: number; wrong: number; invented: number; missed: number; total: number };
  files: number;
}

const empty = (): Counts => ({ tp: { C: 0, B: 0 }, fp: { C: 0, B: 0 }, fn: { C: 0, B: 0 }, meta: { right: 0, wrong: 0, invented: 0, missed: 0, total: 0 }, files: 0 });

/** Build a DecodedSource as ingest would; a leading YAML block becomes front matter. */
function decoded(path: string, text: string): DecodedSource {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const body = fm ? text.slice(fm[0].length) : text;
  return {
    file: { path, bytes: new Uint8Array(), sha256: '', story: '' },
    format: fm ? 'markdown' : 'text',
    encoding: 'utf-8',
    text: body,
    lines: body.split(/\r?\n/),
    frontMatter: fm ? (parse(fm[1] ?? '') as Record<string, unknown>) : null,
    problems: [],
  };
}

/** Compare two metadata values loosely (case, spacing, typographic quotes). */
function same(a: string, b: string): boolean {
  const n = (s: string): string =>
    s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().replace(/^the /, '').replace(/[.]$/, '');
  return n(a) === n(b);
}

/** Score one input into `c`. */
function score(c: Counts, path: string, text: string, gold: string[] | null, expected: Expected | null, context?: CleanContext): string[] {
  const src = decoded(path, text);
  const verdicts = cleanSource(src, context);
  const meta: Metadata = describe(src, verdicts);
  const notes: string[] = [];
  c.files += 1;
  if (gold) {
    verdicts.forEach((v, i) => {
      const g = gold[i];
      if (g === undefined || g === '-') return;
      const p = v.keep ? 'C' : 'B';
      if (p === g) c.tp[p] += 1;
      else {
        c.fp[p] += 1;
        c.fn[g === 'C' ? 'C' : 'B'] += 1;
        notes.push(`  line ${v.n}: gold ${g}, got ${p} (${v.reason}) ${v.text.slice(0, 70)}`);
      }
    });
  }
  if (expected) {
    for (const field of FIELDS) {
      if (!(field in expected)) continue;
      const want = expected[field] ?? null;
      const got = meta[field];
      c.meta.total += 1;
      if (want === null && got === null) c.meta.right += 1;
      else if (want !== null && got !== null && same(want, got)) c.meta.right += 1;
      else {
        if (want === null) c.meta.invented += 1;
        else if (got === null) c.meta.missed += 1;
        else c.meta.wrong += 1;
        notes.push(`  ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
    }
  }
  return notes;
}

const pct = (x: number): string => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) : '  n/a');

/** One summary line for a set of counts. */
function summary(label: string, c: Counts): string {
  const prf = (k: 'C' | 'B'): string => {
    const p = c.tp[k] / (c.tp[k] + c.fp[k]);
    const r = c.tp[k] / (c.tp[k] + c.fn[k]);
    const f = (2 * p * r) / (p + r);
    return `${k === 'C' ? 'content' : 'boiler '} P ${pct(p)} R ${pct(r)} F1 ${pct(f)}`;
  };
  const m = c.meta;
  const meta = m.total === 0 ? 'meta n/a' : `meta ${pct(m.right / m.total)}% right (${m.right}/${m.total}; wrong ${m.wrong}, missed ${m.missed}, invented ${m.invented})`;
  return `${label.padEnd(12)} files ${String(c.files).padStart(2)} | ${prf('C')} | ${prf('B')} | ${meta}`;
}

function add(total: Counts, c: Counts): void {
  for (const k of ['C', 'B'] as const) {
    total.tp[k] += c.tp[k];
    total.fp[k] += c.fp[k];
    total.fn[k] += c.fn[k];
  }
  for (const k of ['right', 'wrong', 'invented', 'missed', 'total'] as const) total.meta[k] += c.meta[k];
  total.files += c.files;
}

const verbose = process.argv.includes('--verbose');

/** Lines (≤ 120 chars) recurring in three or more of the texts, as the CLI computes them for one run. */
function repeatedContext(texts: readonly string[]): CleanContext {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const line of text.split(/\r?\n/)) {
      if (line.length > 120) continue;
      const key = normaliseLine(line);
      if (key.length === 0 || seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { repeated: new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key)) };
}

/** The labelled inputs of a corpus folder (`x.txt`, `x.labels.txt`, `x.meta.json`), grouped by style (`style-NN.txt`). */
function corpusFiles(dir: string): Map<string, string[]> {
  const byStyle = new Map<string, string[]>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.labels.txt')).sort()) {
    const style = name.replace(/-\d+\.txt$/, '');
    byStyle.set(style, [...(byStyle.get(style) ?? []), name]);
  }
  return byStyle;
}

/** Score a corpus folder, one line per style unless `blind`; returns the totals. */
function scoreCorpus(label: string, dir: string, blind: boolean): Counts {
  const byStyle = corpusFiles(dir);
  const names = [...byStyle.values()].flat();
  const context = repeatedContext(names.map((n) => readFileSync(join(dir, n), 'utf8')));
  const total = empty();
  const notes: string[] = [];
  for (const [style, files] of byStyle) {
    const c = empty();
    for (const name of files) {
      const labelsPath = join(dir, name.replace(/\.txt$/, '.labels.txt'));
      const metaPath = join(dir, name.replace(/\.txt$/, '.meta.json'));
      const gold = existsSync(labelsPath) ? readFileSync(labelsPath, 'utf8').split(/\r?\n/) : null;
      let expected: Expected | null = null;
      try {
        expected = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Expected) : null;
      } catch {
        expected = null;
      }
      const fileNotes = score(c, name, readFileSync(join(dir, name), 'utf8'), gold, expected, context);
      if (fileNotes.length > 0) notes.push(name, ...fileNotes);
    }
    if (!blind) console.log(summary(style, c));
    add(total, c);
  }
  console.log(summary(label, total));
  if (verbose && !blind) console.log(notes.join('\n'));
  return total;
}

// 1. Seeds vs gold.
const seedDir = join(ROOT, 'tests/fixtures/seeds');
const goldDir = join(ROOT, 'tests/fixtures/gold');
const seedMeta = JSON.parse(readFileSync(join(goldDir, 'seeds-meta.json'), 'utf8')) as Record<string, Expected | string>;
const seeds = empty();
const seedNotes: string[] = [];
const seedNames = readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort();
const seedContext = repeatedContext(seedNames.map((n) => readFileSync(join(seedDir, n), 'utf8')));
for (const name of seedNames) {
  const labelsPath = join(goldDir, name.replace(/\.txt$/, '.labels.txt'));
  const gold = existsSync(labelsPath) ? readFileSync(labelsPath, 'utf8').split('\n') : null;
  const expectedRaw = seedMeta[name];
  const expected = typeof expectedRaw === 'object' ? { editor: null, ...expectedRaw } : null;
  const notes = score(seeds, name, readFileSync(join(seedDir, name), 'utf8'), gold, expected, seedContext);
  if (notes.length > 0) seedNotes.push(name, ...notes);
}
console.log('== 1. Seeds vs gold (lines: 000–003; metadata: 000–004)');
console.log(summary('seeds', seeds));
if (verbose) console.log(seedNotes.join('\n'));

// 2. Corpus, one fold per style.
console.log('\n== 2. clean-corpus, leave-one-style-out (rule-based: no weights are fitted, so each held-out style is scored as is)');
scoreCorpus('corpus (all)', join(ROOT, 'tests/fixtures/clean-corpus'), false);

// 3. Second dev set.
const dev2Dir = join(ROOT, 'tests/fixtures/clean-dev2');
if (existsSync(dev2Dir)) {
  console.log('\n== 3. clean-dev2 (styles absent from clean-corpus)');
  scoreCorpus('dev2 (all)', dev2Dir, false);
}

// 4. Third dev set.
const dev3Dir = join(ROOT, 'tests/fixtures/clean-dev3');
if (existsSync(dev3Dir)) {
  console.log('\n== 4. clean-dev3 (new styles: cable, local TV, newsletter platform, markets, opinion, sport, tech, nonprofit, regional, science)');
  scoreCorpus('dev3 (all)', dev3Dir, false);
}

// 5. Blind set: aggregate numbers only.
const blindDir = join(ROOT, 'tests/fixtures/blind-corpus');
if (existsSync(blindDir)) {
  console.log('\n== 5. blind-corpus (aggregate only; per-line misses are never printed)');
  scoreCorpus('blind (all)', blindDir, true);
}
