/**
 * Benchmark of the clean and describe stages.
 *
 *   node bench/clean.ts
 *
 * Scores line labels (content / boilerplate precision, recall, F1) and
 * metadata (right, honestly null, wrong, invented) on two sets kept apart:
 * the seed articles against their gold labels, and the hand-written corpus
 * in tests/fixtures/clean-corpus. The classifier is rule-based with no
 * fitted weights, so leave-one-style-out needs no re-tuning: each style is
 * scored as a held-out fold and reported separately, then micro-averaged.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DecodedSource, Metadata } from '../src/pipeline/types.ts';
import { cleanSource } from '../src/pipeline/clean/index.ts';
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
function score(c: Counts, path: string, text: string, gold: string[] | null, expected: Expected | null): string[] {
  const src = decoded(path, text);
  const verdicts = cleanSource(src);
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

// Seeds vs gold.
const seedDir = join(ROOT, 'tests/fixtures/seeds');
const goldDir = join(ROOT, 'tests/fixtures/gold');
const seedMeta = JSON.parse(readFileSync(join(goldDir, 'seeds-meta.json'), 'utf8')) as Record<string, Expected | string>;
const seeds = empty();
const seedNotes: string[] = [];
for (const name of readdirSync(seedDir).filter((n) => n.endsWith('.txt')).sort()) {
  const labelsPath = join(goldDir, name.replace(/\.txt$/, '.labels.txt'));
  const gold = existsSync(labelsPath) ? readFileSync(labelsPath, 'utf8').split('\n') : null;
  const expectedRaw = seedMeta[name];
  const expected = typeof expectedRaw === 'object' ? { editor: null, ...expectedRaw } : null;
  const notes = score(seeds, name, readFileSync(join(seedDir, name), 'utf8'), gold, expected);
  if (notes.length > 0) seedNotes.push(name, ...notes);
}
console.log('== Seeds vs gold (lines: 000–003; metadata: 000–004)');
console.log(summary('seeds', seeds));
if (verbose) console.log(seedNotes.join('\n'));

// Corpus, one fold per style.
const corpusDir = join(ROOT, 'tests/fixtures/clean-corpus');
const byStyle = new Map<string, string[]>();
for (const name of readdirSync(corpusDir).filter((n) => n.endsWith('.txt') && !n.endsWith('.labels.txt')).sort()) {
  const style = name.replace(/-\d+\.txt$/, '');
  byStyle.set(style, [...(byStyle.get(style) ?? []), name]);
}
console.log('\n== Corpus, leave-one-style-out (rule-based: no weights are fitted, so each held-out style is scored as is)');
const corpus = empty();
const corpusNotes: string[] = [];
for (const [style, names] of byStyle) {
  const c = empty();
  for (const name of names) {
    const gold = readFileSync(join(corpusDir, name.replace(/\.txt$/, '.labels.txt')), 'utf8').split('\n');
    const expected = JSON.parse(readFileSync(join(corpusDir, name.replace(/\.txt$/, '.meta.json')), 'utf8')) as Expected;
    const notes = score(c, name, readFileSync(join(corpusDir, name), 'utf8'), gold, expected);
    if (notes.length > 0) corpusNotes.push(name, ...notes);
  }
  console.log(summary(style, c));
  add(corpus, c);
}
console.log(summary('corpus (all)', corpus));
if (verbose) console.log(corpusNotes.join('\n'));
