/**
 * Search cost in the browser: bytes and time of the first query (Pagefind's runtime
 * included) and of later queries, on a built site served by `dossier serve`.
 *
 *   node bench/search.ts --out DIR --q WORD --q WORD [--port 4477]
 *
 * The query measurements run with service workers blocked, so they count what the
 * search itself fetches. The first visit with the service worker allowed is measured
 * separately: what the worker precaches is downloaded on a reader's first visit too.
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
  /** ms from navigation start (first query) or from submitting (later queries) until results render. */
  ms: number;
  results: number;
  /** Bytes by kind: html, js, wasm, pagefind index, fragments, … */
  byKind: Record<string, number>;
}

export interface SearchResult {
  first: QueryCost;
  later: QueryCost[];
  /** First visit with the service worker allowed: bytes the worker precaches. */
  serviceWorker: { bytes: number; requests: number; settleMs: number };
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

const RECORD_FIRST_RESULT = `
  window.__firstResultAt = null;
  new MutationObserver((_, obs) => {
    const li = document.querySelector('#search-results > li');
    if (li) { window.__firstResultAt = performance.now(); obs.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
`;

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

export async function measureSearch(baseUrl: string, terms: readonly string[]): Promise<SearchResult> {
  const executablePath = chromiumPath();
  const browser: Browser = await chromium.launch({ args: ['--no-sandbox'], ...(executablePath ? { executablePath } : {}) });
  try {
    // Queries, service workers blocked, fresh cache.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.addInitScript(RECORD_FIRST_RESULT);
    const meter = new Meter(context);
    const [firstTerm, ...rest] = terms;
    await page.goto(`${baseUrl}search/?q=${encodeURIComponent(firstTerm!)}`);
    await page.locator('#search-results > li').first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstAt = (await page.evaluate(() => (window as unknown as { __firstResultAt: number | null }).__firstResultAt)) ?? NaN;
    await settle(page);
    await meter.flush();
    const first: QueryCost = {
      term: firstTerm!, bytes: meter.bytes, requests: meter.requests, ms: firstAt,
      results: await page.locator('#search-results > li').count(), byKind: meter.byKind,
    };
    const later: QueryCost[] = [];
    for (const term of rest) later.push(await laterQuery(page, meter, term));
    await context.close();

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
    await swContext.close();
    return { first, later, serviceWorker: { bytes: swBytes, requests: swRequests, settleMs } };
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
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, q: { type: 'string', multiple: true }, port: { type: 'string', default: '4477' } } });
  const server = await startServer(resolve(values.out), Number(values.port));
  try {
    const result = await measureSearch(server.url, values.q ?? ['the', 'council']);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    server.stop();
  }
}
