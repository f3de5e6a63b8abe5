/**
 * `npm run bench -- [--articles N] [--runs 2] [--seed S] [--one-story] [--keep]
 *                   [--no-cache] [--quiet] [--search] [--heap MB] [--rebuild] [--no-floor]`
 *
 * Generates a synthetic archive (bench/generate.ts), builds it with `dossier build`
 * and reports per-stage times (from `<workDir>/timings.json`), peak RSS of the build's
 * process tree and output size, against the floor: a bare Astro site of the same
 * pages plus Pagefind, built with the same installed packages (bench/floor.ts). Each
 * build is cold (output and working folder removed); the best of `--runs` is reported.
 * `--rebuild` then edits one article and builds again with the warm working folder.
 * `--search` measures search in Chromium (bench/search.ts).
 * Results go to `.dossier/bench/latest.json`. Targets are reported, never enforced.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive, type GenerateSummary } from './generate.ts';
import { buildFloor, writeFloor, type FloorRun } from './floor.ts';
import { folderSize, runMeasured, type Measured } from './lib/measure.ts';
import { resolveBuildSettings } from '../src/config/settings.ts';

const REPO = resolve(import.meta.dirname, '..');
const PIPELINE = ['ingest', 'clean', 'describe', 'cite', 'synthesize', 'emit'] as const;
const STAGES = [...PIPELINE, 'astro', 'pagefind', 'service-worker'] as const;
type Timings = Partial<Record<(typeof STAGES)[number], number>>;

interface DossierRun extends Measured {
  /** 1-minute load average before and after: other work on the machine skews the times. */
  load: [number, number];
  timings: Timings;
  pipelineMs: number;
  out: { bytes: number; files: number };
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    stories: { type: 'string' },
    'one-story': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    'no-floor': { type: 'boolean', default: false },
    heap: { type: 'string' },
    port: { type: 'string', default: '4477' },
    verbose: { type: 'boolean', default: false },
    retries: { type: 'string', default: '2' },
  },
});

const articles = Number(values.articles);
const runs = Math.max(1, Number(values.runs));
const seed = Number(values.seed);
const RETRIES = Number(values.retries);
const heap = values.heap ? Number(values.heap) : null;
if (!Number.isInteger(articles) || articles < 1 || !Number.isFinite(seed) || (heap !== null && !(heap > 0))) {
  process.stderr.write('bench: --articles must be a positive integer, --seed a number, --heap a number of MB\n');
  process.exit(2);
}
const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`bench: needs Node >= 22.12 (this is ${process.versions.node}); run it through npm run bench\n`);
  process.exit(2);
}

const name = `n${articles}-s${seed}${values['one-story'] ? '-one' : ''}`;
const benchDir = join(REPO, '.dossier/bench');
const runDir = join(benchDir, name);
const contentDir = join(runDir, 'content');
const outDir = join(runDir, 'dist');
const floorDir = join(REPO, '.dossier/bench-floor', name);
const logFile = join(runDir, 'build.log');
const workDir = resolveBuildSettings({ DOSSIER_CONTENT: contentDir, DOSSIER_OUT: outDir }, REPO).workDir;
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (heap !== null) env['NODE_OPTIONS'] = `${env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heap}`.trim();
const say = (line: string): void => void process.stderr.write(`${line}\n`);

const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Which pass-through flags `dossier build` accepts, from its usage text. */
function buildFlags(): { passed: string[]; unsupported: string[] } {
  const usage = execFileSync(process.execPath, [join(REPO, 'bin/dossier.mjs'), 'build', '--help'], { encoding: 'utf8', env });
  const passed: string[] = [];
  const unsupported: string[] = [];
  for (const flag of ['no-cache', 'quiet'] as const) {
    if (!values[flag]) continue;
    if (usage.includes(`--${flag}`)) passed.push(`--${flag}`);
    else unsupported.push(`--${flag}`);
  }
  return { passed, unsupported };
}

async function dossierBuild(flags: string[], cold: boolean, label: string): Promise<DossierRun> {
  if (cold) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  }
  rmSync(join(workDir, 'timings.json'), { force: true });
  say(`bench: dossier build (${label})…`);
  writeFileSync(logFile, `\n## dossier build ${label}\n`, { flag: 'a' });
  const loadBefore = loadavg()[0]!;
  let m = await runMeasured(process.execPath, [join(REPO, 'bin/dossier.mjs'), 'build', '--content', contentDir, '--out', outDir, ...flags], { cwd: REPO, env, log: logFile, echo: values.verbose });
  // The checkout is shared with other engineers: a build can catch a half-saved source file.
  for (let retry = 0; m.code !== 0 && retry < RETRIES; retry++) {
    say(`bench:   build failed (exit ${m.code}), retrying in 15 s (${retry + 1}/${RETRIES}); see ${logFile}`);
    await new Promise((done) => setTimeout(done, 15_000));
    if (cold) rmSync(workDir, { recursive: true, force: true });
    m = await runMeasured(process.execPath, [join(REPO, 'bin/dossier.mjs'), 'build', '--content', contentDir, '--out', outDir, ...flags], { cwd: REPO, env, log: logFile, echo: values.verbose });
  }
  if (m.code !== 0) throw new Error(`dossier build failed (exit ${m.code}); see ${logFile}`);
  const timingsFile = join(workDir, 'timings.json');
  const timings = existsSync(timingsFile) ? (JSON.parse(readFileSync(timingsFile, 'utf8')) as Timings) : {};
  const pipelineMs = PIPELINE.reduce((n, s) => n + (timings[s] ?? 0), 0);
  const load: [number, number] = [loadBefore, loadavg()[0]!];
  say(`bench:   ${secs(m.ms)} wall, pipeline ${secs(pipelineMs)}, peak RSS ${mb(m.peakTreeRss)}, load ${load.map((l) => l.toFixed(1)).join('→')}`);
  return { ...m, load, timings, pipelineMs, out: folderSize(outDir) };
}

/**
 * Edits one article in the middle of the archive: appends a sentence to its longest line,
 * which is body text the cleaner keeps, so the article's passages and its story change.
 */
function editOneArticle(): string {
  const folders = readdirSync(contentDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const folder = folders[Math.floor(folders.length / 2)]!;
  const files = readdirSync(join(contentDir, folder)).filter((f) => f.endsWith('.txt')).sort();
  const file = join(contentDir, folder, files[Math.floor(files.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const longest = lines.reduce((best, line, i) => (line.length > lines[best]!.length ? i : best), 0);
  lines[longest] += ' A correction was appended to this paragraph by the benchmark.';
  writeFileSync(file, lines.join('\n'));
  return file.slice(contentDir.length + 1);
}

function machine(): Record<string, string | number> {
  const cpu = cpus();
  return { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, ramGB: Math.round(totalmem() / 1024 ** 3), node: process.versions.node, platform: `${process.platform}-${process.arch}` };
}

function table(rows: string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

const pass = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(logFile, '');
  const flags = buildFlags();
  if (flags.unsupported.length > 0) say(`bench: dossier build does not support ${flags.unsupported.join(', ')} yet; not passed`);

  say(`bench: generating ${articles} articles (seed ${seed}${values['one-story'] ? ', one story' : ''}) into ${contentDir}`);
  const generated = generateArchive(contentDir, {
    articles, seed, oneStory: values['one-story'], ...(values.stories ? { stories: Number(values.stories) } : {}),
  });
  const summary: GenerateSummary = generated.summary;

  const dossierRuns: DossierRun[] = [];
  for (let i = 0; i < runs; i++) dossierRuns.push(await dossierBuild(flags.passed, true, `run ${i + 1}/${runs}, cold`));
  const best = dossierRuns.reduce((a, b) => (b.ms < a.ms ? b : a));

  let rebuild: { file: string; run: DossierRun } | null = null;
  if (values.rebuild) {
    const file = editOneArticle();
    rebuild = { file, run: await dossierBuild(flags.passed, false, `rebuild after editing ${file}`) };
  }

  let search: Awaited<ReturnType<typeof import('./search.ts').measureSearch>> | null = null;
  if (values.search) {
    say('bench: measuring search in Chromium…');
    const { measureSearch, startServer } = await import('./search.ts');
    const server = await startServer(outDir, Number(values.port));
    try {
      search = await measureSearch(server.url, [...summary.searchTerms, 'council']);
    } finally {
      server.stop();
    }
  }

  const floorRuns: FloorRun[] = [];
  if (!values['no-floor']) {
    writeFloor(floorDir, generated.articles);
    for (let i = 0; i < runs; i++) {
      say(`bench: floor build (run ${i + 1}/${runs})…`);
      writeFileSync(logFile, `\n## floor run ${i + 1}\n`, { flag: 'a' });
      const f = await buildFloor(floorDir, { env, log: logFile, echo: values.verbose });
      say(`bench:   ${secs(f.ms)} wall (astro ${secs(f.astro.ms)}, pagefind ${secs(f.pagefind.ms)}), peak RSS ${mb(f.peakRss)}`);
      floorRuns.push(f);
    }
  }
  const floor = floorRuns.length > 0 ? floorRuns.reduce((a, b) => (b.ms < a.ms ? b : a)) : null;

  // Report.
  const lines: string[] = [];
  const m = machine();
  lines.push(`Machine: ${m['cpu']}, ${m['cores']} cores, ${m['ramGB']} GB RAM, Node ${m['node']} (${m['platform']})`);
  lines.push(`Archive: ${summary.params.articles} articles, seed ${summary.params.seed}, ${summary.params.stories} story threads in ${summary.params.storyFolders} folder(s), ${summary.params.publishers} publishers; ` +
    `${summary.formats.txt} .txt + ${summary.formats.md} .md (${summary.formats.mdWithoutBody} without body), ${summary.dated} dated / ${summary.undated} undated, ` +
    `${summary.wireCopies} wire copies of ${summary.wireStories} wire stories, ${summary.sharedQuotes} quotations shared by 2+ articles; ` +
    `body ${summary.bodyWords.min}–${summary.bodyWords.max} words (mean ${summary.bodyWords.mean}), ${mb(summary.bytes)} of input`);
  lines.push(`Heap: ${heap !== null ? `--max-old-space-size=${heap} (NODE_OPTIONS, both builds)` : "Node's default"}; build flags: ${flags.passed.join(' ') || 'none'}${flags.unsupported.length ? ` (not supported yet: ${flags.unsupported.join(' ')})` : ''}; cold builds, best of ${runs}`);
  lines.push('');
  const rows: string[][] = [['stage', ...dossierRuns.map((_, i) => `run ${i + 1} ms`), ...(rebuild ? ['rebuild ms'] : [])]];
  for (const s of STAGES) rows.push([s, ...dossierRuns.map((r) => String(r.timings[s] ?? '–')), ...(rebuild ? [String(rebuild.run.timings[s] ?? '–')] : [])]);
  rows.push(['pipeline (ingest…emit)', ...dossierRuns.map((r) => String(r.pipelineMs)), ...(rebuild ? [String(rebuild.run.pipelineMs)] : [])]);
  rows.push(['stages total', ...dossierRuns.map((r) => String(STAGES.reduce((n, s) => n + (r.timings[s] ?? 0), 0))), ...(rebuild ? [String(STAGES.reduce((n, s) => n + (rebuild.run.timings[s] ?? 0), 0))] : [])]);
  rows.push(['wall (process)', ...dossierRuns.map((r) => String(Math.round(r.ms))), ...(rebuild ? [String(Math.round(rebuild.run.ms))] : [])]);
  rows.push(['load avg before→after', ...dossierRuns.map((r) => r.load.map((l) => l.toFixed(1)).join('→')), ...(rebuild ? [rebuild.run.load.map((l) => l.toFixed(1)).join('→')] : [])]);
  rows.push(['peak RSS (tree) MB', ...dossierRuns.map((r) => String(Math.round(r.peakTreeRss / 2 ** 20))), ...(rebuild ? [String(Math.round(rebuild.run.peakTreeRss / 2 ** 20))] : [])]);
  lines.push('Dossier');
  lines.push(table(rows));
  lines.push(`Output: ${mb(best.out.bytes)} (${best.out.bytes} bytes) in ${best.out.files} files`);
  if (floor) {
    lines.push('');
    const frows: string[][] = [['floor', ...floorRuns.map((_, i) => `run ${i + 1} ms`)]];
    frows.push(['astro build', ...floorRuns.map((f) => String(Math.round(f.astro.ms)))]);
    frows.push(['pagefind', ...floorRuns.map((f) => String(Math.round(f.pagefind.ms)))]);
    frows.push(['wall total', ...floorRuns.map((f) => String(Math.round(f.ms)))]);
    frows.push(['load avg before→after', ...floorRuns.map((f) => f.load.map((l) => l.toFixed(1)).join('→'))]);
    frows.push(['peak RSS (tree) MB', ...floorRuns.map((f) => String(Math.round(f.peakRss / 2 ** 20)))]);
    lines.push(table(frows));
    lines.push(`Output: ${mb(floor.out.bytes)} (${floor.out.bytes} bytes) in ${floor.out.files} files`);
  }
  const dossierPeak = Math.max(...dossierRuns.map((r) => r.peakTreeRss));
  const floorPeak = floor ? Math.max(...floorRuns.map((f) => f.peakRss)) : null;
  const timeRatio = floor ? best.ms / floor.ms : null;
  const rssRatio = floorPeak ? dossierPeak / floorPeak : null;
  lines.push('');
  lines.push(`Best wall: Dossier ${secs(best.ms)}${floor ? ` vs floor ${secs(floor.ms)}: ${timeRatio!.toFixed(2)}×` : ''}`);
  lines.push(`Peak RSS: Dossier ${mb(dossierPeak)} (largest process ${mb(Math.max(...dossierRuns.map((r) => r.peakProcessHwm)))})${floorPeak ? ` vs floor ${mb(floorPeak)}: ${rssRatio!.toFixed(2)}×` : ''}`);
  if (floor) lines.push(`Output size: Dossier ${mb(best.out.bytes)} / ${best.out.files} files vs floor ${mb(floor.out.bytes)} / ${floor.out.files} files: ${(best.out.bytes / floor.out.bytes).toFixed(1)}×`);
  if (rebuild) lines.push(`Rebuild after editing ${rebuild.file}: pipeline ${rebuild.run.pipelineMs} ms, wall ${secs(rebuild.run.ms)}`);
  if (search) {
    const q = (c: typeof search.first): string => `“${c.term}”: ${kb(c.bytes)} in ${c.requests} requests, ${c.ms.toFixed(0)} ms, ${c.results} results shown`;
    lines.push(`Search, first query ${q(search.first)} (${Object.entries(search.first.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`);
    for (const l of search.later) lines.push(`Search, later query ${q(l)}`);
    lines.push(`Search, first query with the service worker warm: ${search.warm.ms.toFixed(0)} ms (median of ${search.warm.runsMs.length})`);
    lines.push(`First visit with the service worker: it downloads ${mb(search.serviceWorker.bytes)} in ${search.serviceWorker.requests} requests`);
  }

  // Targets.
  const big = articles >= 10_000;
  const targets: { name: string; value: string; ok: boolean | null }[] = [];
  if (floor) targets.push({ name: `time within ${big ? 2 : 1.5}× the floor`, value: `${timeRatio!.toFixed(2)}×`, ok: timeRatio! <= (big ? 2 : 1.5) });
  if (big) {
    if (floorPeak) targets.push({ name: 'peak RSS within 1.25× the floor’s', value: `${rssRatio!.toFixed(2)}×`, ok: rssRatio! <= 1.25 });
  } else targets.push({ name: 'peak RSS under 2 GB', value: mb(dossierPeak), ok: dossierPeak < 2 * 1024 ** 3 });
  if (rebuild) targets.push({ name: 'rebuild after one edit: pipeline ≤ 1 s', value: `${rebuild.run.pipelineMs} ms`, ok: rebuild.run.pipelineMs <= 1000 });
  if (search) {
    targets.push({ name: 'first query ≤ 350 KB', value: kb(search.first.bytes), ok: search.first.bytes <= 350 * 1024 });
    targets.push({ name: 'first results within 300 ms', value: `${search.first.ms.toFixed(0)} ms`, ok: search.first.ms <= 300 });
    for (const l of search.later) targets.push({ name: `later query “${l.term}” ≤ 100 KB`, value: kb(l.bytes), ok: l.bytes <= 100 * 1024 });
  }
  lines.push('');
  lines.push(`Targets (${big ? '10,000-article' : '1,000-article'} set${!values['one-story'] && !big ? '; the 1,000 target is for one story folder' : ''}):`);
  lines.push(table(targets.map((t) => [t.name, t.value, t.ok === null ? '' : pass(t.ok)])));
  process.stdout.write(`${lines.join('\n')}\n`);

  const result = {
    date: new Date().toISOString(),
    machine: m,
    generator: summary,
    heapMB: heap,
    buildFlags: flags,
    dossier: { runs: dossierRuns, best: { ms: best.ms, timings: best.timings, pipelineMs: best.pipelineMs, out: best.out }, peakRss: dossierPeak },
    floor: floor ? { runs: floorRuns.map((f) => ({ ms: f.ms, astroMs: f.astro.ms, pagefindMs: f.pagefind.ms, peakRss: f.peakRss })), best: { ms: floor.ms, out: floor.out }, peakRss: floorPeak } : null,
    ratios: { time: timeRatio, rss: rssRatio },
    rebuild: rebuild ? { file: rebuild.file, pipelineMs: rebuild.run.pipelineMs, ms: rebuild.run.ms, timings: rebuild.run.timings } : null,
    search,
    targets,
  };
  mkdirSync(benchDir, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  writeFileSync(join(benchDir, 'latest.json'), json);
  writeFileSync(join(benchDir, `${name}.json`), json);
  say(`bench: results in ${join(benchDir, 'latest.json')} and ${join(benchDir, `${name}.json`)}; log ${logFile}`);

  if (!values.keep) {
    for (const dir of [contentDir, outDir, workDir, floorDir]) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
