/**
 * Summary bench: `node bench/summary.ts [clusters.jsonl …]` (default: every bench/clusters/*.jsonl).
 *
 * Each cluster line: {"id", "source": "newswire" | "web", "documents": [{"text"}], "references": [...]}.
 * Documents become Passages with a simple paragraph splitter (blank lines, else single lines), are
 * summarised with `summarize`, and scored with the vendored scorer (bench/scorer/rouge.mjs) using the
 * settings of the benchmark README:
 *   newswire: --words 100, rouge --stem --max-words 100, headline ROUGE-2 recall
 *   web:      --words 230, rouge (no flags),             headline ROUGE-1 F1
 * next to the round-robin lead baseline (bench/scorer/lead.mjs). Also prints citation precision: the
 * share of citations whose passage supports the sentence (`supports`, see src/pipeline/synthesize/support.ts),
 * and citation completeness: the share of (sentence, source) pairs with a supporting passage that are cited.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metadata, Passage } from '../src/pipeline/types.ts';
import { summarize, supports } from '../src/pipeline/synthesize/index.ts';
import type { SummarySource } from '../src/pipeline/synthesize/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCORER = join(HERE, 'scorer');

interface Cluster {
  id: string;
  source?: string;
  documents: Array<{ text: string }>;
  references: string[];
}

const SETTINGS = {
  newswire: { words: 100, flags: ['--stem', '--max-words', '100'], headline: 'ROUGE-2 R' },
  web: { words: 230, flags: [] as string[], headline: 'ROUGE-1 F1' },
} as const;
type Style = keyof typeof SETTINGS;

function emptyMeta(): Metadata {
  return {
    title: null, displayTitle: '', titleDerived: true, dek: null, publisher: null, author: null,
    editor: null, published: null, url: null, language: null, provenance: {},
  };
}

/** Paragraphs: split on blank lines when there are any, else on single lines. */
export function toPassages(text: string): Passage[] {
  const t = text.replace(/\r\n?/g, '\n');
  const blocks = /\n\s*\n/.test(t) ? t.split(/\n\s*\n/) : t.split('\n');
  const out: Passage[] = [];
  for (const b of blocks) {
    const joined = b.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
    if (!joined) continue;
    out.push({ id: `p${out.length + 1}`, kind: 'paragraph', text: joined, lines: [], index: out.length + 1 });
  }
  return out;
}

function readJsonl(path: string): Cluster[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Cluster);
}

function rouge(system: string, clusters: string, flags: readonly string[]): Record<string, number> {
  const out = execFileSync(process.execPath, [join(SCORER, 'rouge.mjs'), system, clusters, ...flags, '--json'], { encoding: 'utf8' });
  const parsed = JSON.parse(out) as { scores: Record<string, Record<string, number>> };
  return parsed.scores['ALL'] ?? {};
}

const files = process.argv.slice(2);
const inputs = files.length > 0 ? files : readdirSync(join(HERE, 'clusters')).filter((f) => f.endsWith('.jsonl')).map((f) => join(HERE, 'clusters', f));
const all: Cluster[] = inputs.flatMap(readJsonl);
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

let cited = 0;
let supported = 0;
let pairsWithSupport = 0;
let pairsCited = 0;
const rows: string[][] = [['style', 'n', 'headline', 'dossier', 'lead', 'R-1 F1 d/l', 'R-2 R d/l', 'R-L F1 d/l', 'words d/l']];

for (const style of Object.keys(SETTINGS) as Style[]) {
  const set = SETTINGS[style];
  const clusters = all.filter((c) => (c.source ?? 'newswire') === style);
  if (clusters.length === 0) continue;
  const clusterFile = join(work, `${style}.clusters.jsonl`);
  writeFileSync(clusterFile, clusters.map((c) => JSON.stringify(c)).join('\n') + '\n');
  const sys: string[] = [];
  for (const c of clusters) {
    const sources: SummarySource[] = c.documents.map((d, i) => ({
      source: `${String(i + 1).padStart(2, '0')}.txt`,
      passages: toPassages(d.text),
      meta: emptyMeta(),
    }));
    const summary = summarize(sources, { words: set.words });
    for (const s of summary) {
      const citedSources = new Set<string>();
      for (const ci of s.citations) {
        cited++;
        citedSources.add(ci.source);
        const p = sources.find((x) => x.source === ci.source)?.passages.find((x) => x.id === ci.passage);
        if (p !== undefined && supports(p.text, s.text)) supported++;
      }
      for (const src of sources) {
        if (src.passages.some((p) => supports(p.text, s.text))) {
          pairsWithSupport++;
          if (citedSources.has(src.source)) pairsCited++;
        }
      }
    }
    sys.push(JSON.stringify({ id: c.id, summary: summary.map((s) => s.text) }));
  }
  const sysFile = join(work, `${style}.dossier.jsonl`);
  writeFileSync(sysFile, sys.join('\n') + '\n');
  const leadFile = join(work, `${style}.lead.jsonl`);
  writeFileSync(leadFile, execFileSync(process.execPath, [join(SCORER, 'lead.mjs'), clusterFile, '--words', String(set.words)], { encoding: 'utf8' }));
  const d = rouge(sysFile, clusterFile, set.flags);
  const l = rouge(leadFile, clusterFile, set.flags);
  const f = (x: number | undefined): string => (x ?? 0).toFixed(2);
  rows.push([
    style,
    String(clusters.length),
    set.headline,
    f(d[set.headline]),
    f(l[set.headline]),
    `${f(d['ROUGE-1 F1'])}/${f(l['ROUGE-1 F1'])}`,
    `${f(d['ROUGE-2 R'])}/${f(l['ROUGE-2 R'])}`,
    `${f(d['ROUGE-L F1'])}/${f(l['ROUGE-L F1'])}`,
    `${f(d['mean words'])}/${f(l['mean words'])}`,
  ]);
}

const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
for (const r of rows) console.log(r.map((x, i) => (i < 3 ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join('  '));
console.log(
  `citation precision: ${cited ? ((100 * supported) / cited).toFixed(1) : '—'}% (${supported}/${cited} citations support their sentence)`,
);
console.log(
  `citation completeness: ${pairsWithSupport ? ((100 * pairsCited) / pairsWithSupport).toFixed(1) : '—'}% (${pairsCited}/${pairsWithSupport} supporting sources cited)`,
);
console.log(`files: ${work}`);
