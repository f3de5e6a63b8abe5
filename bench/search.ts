/**
 * Search cost in the browser: bytes and time of the first query (Pagefind's runtime
 * included) and of later queries, on a built site served by `dossier serve`.
 *
 *   node bench/search.ts --out DIR --q WORD --q WORD [--port 4477] [--runs 5]
 *
 * The first query is timed as the issue states it: from navigation start to the first
 * result in the list, over `--runs` navigations (the median is reported), each in a fresh
 * browser context, so with a cold cache. The page is only watched by a MutationObserver
 * that the context installs; Playwright's own element queries run only after the time is
 * taken, since their injected script would compete with the page for its thread.
 *
 * The query measurements run with service workers blocked, so they count what the
 * search itself fetches. The first visit with the service worker allowed is measured
 * separately: what the worker precaches is downloaded on a reader's first visit too.
 * After that visit, the first query is timed again with the worker in control (warm).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';

const REPO = resolve(import.meta.dirname, '..');

export interface QueryCost {
  term: string;
  bytes: number;
  requests: number;
  /** ms from navigation start (first query: the median of its runs) or from submitting (later queries) until the first result is in the list. */
  ms: number;
  /** The first query: ms of each navigation, in the order run. */
  runsMs?: number[];
  results: number;
  /** Bytes by kind: html, js, wasm, pagefind index, fragments, … */
  byKind: Record<string, number>;
}

export interface SearchResult {
  first: QueryCost;
  later: QueryCost[];
  /** First visit with the service worker allowed: bytes the worker precaches. */
  serviceWorker: { bytes: number; requests: number; settleMs: number };
  /** The first query again, with the service worker installed and in control: ms from navigation start to the first result, median and each run. */
  warm: { ms: number; runsMs: number[] };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function chromiumPath(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

function kind(url: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/pagefind/fragment/')) return 'pagefind fragments';
  if (path.includes('/pagefind/index/')) return 'pagefind index';
  if (path.includes('/pagefind/filter/')) return 'pagefind filters';
  if (path.includes('wasm')) return 'pagefind wasm';
  if (path.endsWith('.pagefind') || path.includes('pagefind-entry')) return 'pagefind meta';
  if (path.includes('/pagefind/')) return 'pagefind js';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return 'html/other';
}

/**
 * Sums the bytes of finished requests of a browser context (page, dedicated workers:
 * Pagefind 1.6 searches in a Web Worker, which a page's CDP session does not see).
 * Bytes are response headers + body as received (`dossier serve` does not compress).
 */
class Meter {
  bytes = 0;
  requests = 0;
  byKind: Record<string, number> = {};
  private pending: Promise<void>[] = [];
  constructor(context: BrowserContext) {
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) return;
      this.pending.push(
        request.sizes().then((s) => {
          const n = s.responseBodySize + s.responseHeadersSize;
          this.bytes += n;
          this.requests++;
          const k = kind(request.url());
          this.byKind[k] = (this.byKind[k] ?? 0) + n;
        }).catch(() => undefined),
      );
    });
  }
  async flush(): Promise<void> {
    await Promise.all(this.pending);
  }
  reset(): void {
    this.bytes = 0;
    this.requests = 0;
    this.byKind = {};
    this.pending = [];
  }
}

async function settle(page: Page, quietMs = 400): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(quietMs);
}

/** Records when the first result enters the list (ms since navigation start) and resolves `__firstResult` then. */
const RECORD_FIRST_RESULT = `
  window.__firstResult = new Promise((resolve) => {
    new MutationObserver((_, obs) => {
      if (!document.querySelector('#search-results > li')) return;
      obs.disconnect();
      resolve(performance.now());
    }).observe(document, { childList: true, subtree: true });
  });
`;

/** Navigates `page` to a search and returns the ms from navigation start to the first result. */
async function timeFirstResult(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const at = page.evaluate(() => (window as unknown as { __firstResult: Promise<number> }).__firstResult);
  return Promise.race([at, new Promise<number>((_, fail) => setTimeout(() => fail(new Error(`no search result within 60 s at ${url}`)), 60_000))]);
}

async function laterQuery(page: Page, meter: Meter, term: string): Promise<QueryCost> {
  await settle(page, 200);
  meter.reset();
  const ms = await page.evaluate(async (q) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const form = document.getElementById('search-form') as HTMLFormElement;
    const status = document.getElementById('search-status')!;
    const start = performance.now();
    input.value = q;
    form.requestSubmit();
    await new Promise<void>((done) => {
      const check = (): void => {
        if ((status.textContent ?? '').includes(q) && !(status.textContent ?? '').startsWith('Searching')) done();
        else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - start;
  }, term);
  await settle(page);
  await meter.flush();
  const results = await page.locator('#search-results > li').count();
  return { term, bytes: meter.bytes, requests: meter.requests, ms, results, byKind: meter.byKind };
}

export async function measureSearch(baseUrl: string, terms: readonly string[], runs = 5): Promise<SearchResult> {
  const executablePath = chromiumPath();
  const browser: Browser = await chromium.launch({ args: ['--no-sandbox'], ...(executablePath ? { executablePath } : {}) });
  try {
    const [firstTerm, ...rest] = terms;
    const firstUrl = `${baseUrl}search/?q=${encodeURIComponent(firstTerm!)}`;
    // The first query, service workers blocked, each run in a fresh context (cold cache).
    // The last context stays open for the later queries.
    const runsMs: number[] = [];
    let context: BrowserContext | null = null;
    let page: Page | null = null;
    let meter: Meter | null = null;
    for (let run = 0; run < Math.max(1, runs); run++) {
      await context?.close();
      context = await browser.newContext({ serviceWorkers: 'block' });
      page = await context.newPage();
      await page.addInitScript(RECORD_FIRST_RESULT);
      meter = new Meter(context);
      runsMs.push(await timeFirstResult(page, firstUrl));
    }
    await settle(page!);
    await meter!.flush();
    const first: QueryCost = {
      term: firstTerm!, bytes: meter!.bytes, requests: meter!.requests, ms: median(runsMs), runsMs,
      results: await page!.locator('#search-results > li').count(), byKind: meter!.byKind,
    };
    const later: QueryCost[] = [];
    for (const term of rest) later.push(await laterQuery(page!, meter!, term));
    await context!.close();

    // First visit with the service worker: everything the context downloads until it settles.
    const swContext = await browser.newContext();
    let swBytes = 0;
    let swRequests = 0;
    swContext.on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      swRequests++;
      void request.sizes().then((s) => (swBytes += s.responseBodySize + s.responseHeadersSize)).catch(() => undefined);
    });
    const swPage = await swContext.newPage();
    const start = performance.now();
    await swPage.goto(baseUrl);
    await swPage.evaluate(async () => {
      const reg = await Promise.race([navigator.serviceWorker.ready, new Promise<null>((done) => setTimeout(() => done(null), 30_000))]);
      return reg !== null;
    });
    let last = -1;
    while (last !== swRequests && performance.now() - start < 120_000) {
      last = swRequests;
      await swPage.waitForTimeout(1500);
    }
    const settleMs = performance.now() - start;
    // The first query again, now that the worker is installed: each run in a new tab.
    await swPage.close();
    const warmMs: number[] = [];
    for (let run = 0; run < Math.max(1, runs); run++) {
      const tab = await swContext.newPage();
      await tab.addInitScript(RECORD_FIRST_RESULT);
      warmMs.push(await timeFirstResult(tab, firstUrl));
      await tab.close();
    }
    await swContext.close();
    return { first, later, serviceWorker: { bytes: swBytes, requests: swRequests, settleMs }, warm: { ms: median(warmMs), runsMs: warmMs } };
  } finally {
    await browser.close();
  }
}

/** Starts `dossier serve` on a built site; resolves once it answers. */
export async function startServer(out: string, port: number): Promise<{ url: string; stop: () => void; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(REPO, 'bin/dossier.mjs'), 'serve', '--out', out, '--port', String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.status < 500) break;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { url, child, stop: () => void child.kill('SIGTERM') };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'dist' }, q: { type: 'string', multiple: true }, port: { type: 'string', default: '4477' }, runs: { type: 'string', default: '5' } },
  });
  const server = await startServer(resolve(values.out), Number(values.port));
  try {
    const result = await measureSearch(server.url, values.q ?? ['the', 'council'], Number(values.runs));
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    server.stop();
  }
}
