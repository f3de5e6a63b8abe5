import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gunzipped, loadForFirstSearch, segmenterNeedless } from './search.ts';

const payload = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('{"url":"/articles/a/","content":"Tom & Jerry"}')]);
const text = async (response: Response): Promise<string> => Buffer.from(await response.arrayBuffer()).toString('latin1');

describe('gunzipped', () => {
  it("unpacks a gzip body, so Pagefind finds its signature and skips its own inflate", async () => {
    const response = await gunzipped(new Response(gzipSync(payload), { status: 200, statusText: 'OK' }));
    expect(response.status).toBe(200);
    expect(await text(response)).toBe(payload.toString('latin1'));
  });

  it('passes a body that is not gzip through unchanged', async () => {
    expect(await text(await gunzipped(new Response(payload)))).toBe(payload.toString('latin1'));
  });

  it('fails when the body is read, as Pagefind would, when the gzip is damaged', async () => {
    const damaged = gzipSync(payload).subarray(0, 20);
    await expect((await gunzipped(new Response(damaged))).arrayBuffer()).rejects.toThrow();
  });
});

describe('loadForFirstSearch', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A stand-in with Pagefind's habit: until it is ready, each call looks again every 50 ms. */
  function pagefindReadyAt(readyAt: number, fail = false) {
    const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
    return {
      preload: vi.fn(async () => {
        while (Date.now() < readyAt) await sleep(50);
        if (fail) throw new Error('no index');
      }),
    };
  }

  it('resolves within 10 ms of Pagefind being ready, where one call would wait for its next 50 ms look', async () => {
    vi.useFakeTimers({ now: 0 });
    const pagefind = pagefindReadyAt(123);
    let doneAt = -1;
    void loadForFirstSearch(pagefind, 'council', {}).then(() => (doneAt = Date.now()));
    await vi.advanceTimersByTimeAsync(200);
    expect(doneAt).toBeGreaterThanOrEqual(123);
    expect(doneAt).toBeLessThanOrEqual(133);
    expect(pagefind.preload).toHaveBeenCalledWith('council', { filters: {} });
  });

  it('rejects when the index cannot be loaded', async () => {
    vi.useFakeTimers({ now: 0 });
    const loading = loadForFirstSearch(pagefindReadyAt(0, true), null, { kind: { any: ['record'] } });
    const failed = expect(loading).rejects.toThrow('no index');
    await vi.advanceTimersByTimeAsync(100);
    await failed;
  });
});

describe('segmenterNeedless', () => {
  it('lets languages written with spaces go without a segmenter, whatever the tag’s form', () => {
    for (const lang of ['en', 'en-GB', 'fr', 'DE-at', 'ar', 'ko', '']) expect(segmenterNeedless(lang)).toBe(true);
  });
  it('keeps it for the languages Pagefind splits into words with it', () => {
    for (const lang of ['zh', 'zh-Hant-TW', 'ja', 'JA-jp', 'th']) expect(segmenterNeedless(lang)).toBe(false);
  });
});
