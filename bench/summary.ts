/**
 * Summary bench: `node bench/summary.ts [--show] [clusters.jsonl …]` (default: every bench/clusters/*.jsonl).
 *
 * Runs the REAL path, exactly as the held-out judging feeds clusters (see /work/shared/bench/README.md):
 *  1. each cluster's documents are written as `01.txt`, `02.txt`, … in a folder named after the cluster id;
 *  2. all folders of one setting go to ONE call
 *       node bin/dossier.mjs summarize DIR1 DIR2 … --json --words N
 *     (spawned with `process.execPath`), whose output lines give, per `basename(dir)`, the system summary
 *     (`summary[].text` in order) — so ingest, the line cleaner, passages and summarize all take part;
 *  3. the summaries are scored with the vendored scorer (bench/scorer/rouge.mjs) with the README's flags
 *       newswire: --words 100, rouge --stem --max-words 100, headline ROUGE-2 recall
 *       web:      --words 230, rouge (no flags),             headline ROUGE-1 F1
 *     next to the round-robin lead baseline (bench/scorer/lead.mjs, same word budget).
 *
 * Citations are re-checked against the pipeline's own passages: the folder is run through `runOnFiles`
 * (the function the CLI uses) to get every passage's text by (file, passage id). Citation precision is the
 * share of citations whose passage `supports` the sentence (src/pipeline/synthesize/support.ts); citation
 * completeness the share of (sentence, source) pairs where the source has a supporting passage and is cited.
 *
 * `--show` also prints every system summary with its citations.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listSources } from '../src/pipeline/ingest/index.ts';
import { runOnFiles } from '../src/pipeline/run.ts';
import { supports } from '../src/pipeline/synthesize/support.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const SCORER = join(HERE, 'scorer');
const CLI = join(ROOT, 'bin', 'dossier.mjs');

interface Cluster {
  id: string;
  source?: string;
  documents: Array<{ text: string }>;
  references: string[];
}
interface CliLine {
  dir: string;
  title: string | null;
  summary: Array<{ text: string; citations: Array<{ source: string; passage: string }> }>;
}

const SETTINGS = {
  newswire: { words: 100, flags: ['--stem', '--max-words', '100'], headline: 'ROUGE-2 R' },
  web: { words: 230, flags: [] as string[], headline: 'ROUGE-1 F1' },
} as const;
type Style = keyof typeof SETTINGS;

function readJsonl(path: string): Cluster[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Cluster);
}

function rouge(system: string, clusters: string, flags: readonly string[], perId: string): Record<string, number> {
  const out = execFileSync(process.execPath, [join(SCORER, 'rouge.mjs'), system, clusters, ...flags, '--strict', '--per-id', perId, '--json'], {
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as { scores: Record<string, Record<string, number>> };
  return parsed.scores['ALL'] ?? {};
}

function perIdScores(file: string, key: string): Map<string, number> {
  // per-id lines hold fractions: {"r1": {"p","r","f"}, "r2": …}; the headline names map onto them
  const [family, part] = key === 'ROUGE-2 R' ? ['r2', 'r'] : key === 'ROUGE-1 F1' ? ['r1', 'f'] : ['r1', 'r'];
  const out = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, Record<string, number> | string>;
    const scores = row[family];
    const v = typeof scores === 'object' ? scores[part] : undefined;
    if (typeof v === 'number') out.set(String(row['id']), 100 * v);
  }
  return out;
}

function table(rows: string[][], left: number): void {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((x, i) => (i < left ? x.padEnd(widths[i] ?? 0) : x.padStart(widths[i] ?? 0))).join('  '));
}

const args = process.argv.slice(2);
const show = args.includes('--show');
const files = args.filter((a) => !a.startsWith('--'));
const inputs = files.length > 0 ? files : readdirSync(join(HERE, 'clusters')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(HERE, 'clusters', f));
const all: Cluster[] = inputs.flatMap(readJsonl);
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));

let cited = 0;
let supported = 0;
let pairsWithSupport = 0;
let pairsCited = 0;
const unsupported: string[] = [];
const summaryRows: string[][] = [['style', 'n', 'headline', 'dossier', 'lead', 'R-1 F1 d/l', 'R-2 R d/l', 'R-L F1 d/l', 'words d/l', 'secs']];
const clusterRows: string[][] = [['cluster', 'headline', 'dossier', 'lead']];

for (const style of Object.keys(SETTINGS) as Style[]) {
  const set = SETTINGS[style];
  const clusters = all.filter((c) => (c.source ?? 'newswire') === style);
  if (clusters.length === 0) continue;
  const clusterFile = join(work, `${style}.clusters.jsonl`);
  writeFileSync(clusterFile, clusters.map((c) => JSON.stringify(c)).join('\n') + '\n');

  // 1. one folder per cluster, one file per document
  const root = join(work, style);
  const dirs: string[] = [];
  for (const c of clusters) {
    const dir = join(root, c.id);
    mkdirSync(dir, { recursive: true });
    c.documents.forEach((d, i) => writeFileSync(join(dir, `${String(i + 1).padStart(2, '0')}.txt`), d.text));
    dirs.push(dir);
  }

  // 2. one CLI call for the whole setting
  const t0 = Date.now();
  const stdout = execFileSync(process.execPath, [CLI, 'summarize', ...dirs, '--json', '--words', String(set.words)], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 1 << 28,
  });
  const secs = (Date.now() - t0) / 1000;
  const byId = new Map<string, CliLine>();
  for (const line of stdout.split('\n')) {
    if (!line.trim()) continue;
    const parsed = JSON.parse(line) as CliLine;
    byId.set(basename(parsed.dir), parsed);
  }

  // 3. citations, re-checked against the pipeline's passages
  const sys: string[] = [];
  for (const c of clusters) {
    const out = byId.get(c.id);
    const summary = out?.summary ?? [];
    const dir = join(root, c.id);
    const result = runOnFiles(
      listSources(resolve(dir)).map((f) => ({ ...f, story: '' })),
      set.words,
    );
    const texts = new Map<string, Map<string, string>>();
    for (const a of result.articles) texts.set(a.article.source.file.path, new Map(a.passages.map((p) => [p.id, p.text])));
    for (const s of summary) {
      const citedSources = new Set<string>();
      for (const ci of s.citations) {
        cited++;
        citedSources.add(ci.source);
        const p = texts.get(ci.source)?.get(ci.passage);
        if (p !== undefined && supports(p, s.text)) supported++;
        else unsupported.push(`${c.id} ${ci.source}#${ci.passage}: ${s.text}`);
      }
      for (const [src, passages] of texts) {
        if ([...passages.values()].some((p) => supports(p, s.text))) {
          pairsWithSupport++;
          if (citedSources.has(src)) pairsCited++;
        }
      }
    }
    sys.push(JSON.stringify({ id: c.id, summary: summary.map((s) => s.text) }));
    if (show) {
      console.log(`\n## ${c.id} (${summary.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0)} words)`);
      for (const s of summary) console.log(`- ${s.text} [${s.citations.map((x) => x.source.replace(/\.txt$/, '')).join(',')}]`);
    }
  }

  const sysFile = join(work, `${style}.dossier.jsonl`);
  writeFileSync(sysFile, sys.join('\n') + '\n');
  const leadFile = join(work, `${style}.lead.jsonl`);
  writeFileSync(leadFile, execFileSync(process.execPath, [join(SCORER, 'lead.mjs'), clusterFile, '--words', String(set.words)], { encoding: 'utf8' }));
  const dPer = join(work, `${style}.dossier.per-id.jsonl`);
  const lPer = join(work, `${style}.lead.per-id.jsonl`);
  const d = rouge(sysFile, clusterFile, set.flags, dPer);
  const l = rouge(leadFile, clusterFile, set.flags, lPer);
  const f = (x: number | undefined): string => (x ?? 0).toFixed(2);
  summaryRows.push([
    style,
    String(clusters.length),
    set.headline,
    f(d[set.headline]),
    f(l[set.headline]),
    `${f(d['ROUGE-1 F1'])}/${f(l['ROUGE-1 F1'])}`,
    `${f(d['ROUGE-2 R'])}/${f(l['ROUGE-2 R'])}`,
    `${f(d['ROUGE-L F1'])}/${f(l['ROUGE-L F1'])}`,
    `${f(d['mean words'])}/${f(l['mean words'])}`,
    secs.toFixed(1),
  ]);
  const dc = perIdScores(dPer, set.headline);
  const lc = perIdScores(lPer, set.headline);
  for (const c of clusters) clusterRows.push([c.id, set.headline, f(dc.get(c.id)), f(lc.get(c.id))]);
}

console.log('');
table(clusterRows, 2);
console.log('');
table(summaryRows, 3);
console.log(
  `citation precision: ${cited ? ((100 * supported) / cited).toFixed(1) : '—'}% (${supported}/${cited} citations support their sentence)`,
);
for (const u of unsupported.slice(0, 10)) console.log(`  unsupported: ${u}`);
console.log(
  `citation completeness: ${pairsWithSupport ? ((100 * pairsCited) / pairsWithSupport).toFixed(1) : '—'}% (${pairsCited}/${pairsWithSupport} supporting sources cited)`,
);
console.log(`files: ${work}`);
