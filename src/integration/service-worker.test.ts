import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe as suite, expect, it } from 'vitest';
import { writeServiceWorker } from './service-worker.ts';

const logger = { info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
const scratch = mkdtempSync(join(tmpdir(), 'dossier-sw-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A tiny built site: a home page, a stylesheet and one article. */
function site(name: string, article: string): string {
  const out = join(scratch, name);
  mkdirSync(join(out, 'articles', 'pool-saved'), { recursive: true });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Home</title>');
  writeFileSync(join(out, 'theme.css'), 'body{}');
  writeFileSync(join(out, 'articles', 'pool-saved', 'index.html'), article);
  return out;
}

suite('the service worker', () => {
  it("puts each build's precache manifest, under its base, into the worker bundled once", async () => {
    const templates = join(scratch, 'templates');
    const a = site('a', '<p>first</p>');
    await writeServiceWorker(pathToFileURL(`${a}/`), '/archive/', logger, templates);
    const first = readFileSync(join(a, 'sw.js'), 'utf8');
    expect(first).toContain('"url":"/archive/articles/pool-saved/index.html"');
    expect(first).toContain('"url":"/archive/theme.css"');
    expect(first).not.toContain('__dossier_precache_manifest__');
    expect(first).toContain('dossier-articles');
    expect(readdirSync(templates)).toHaveLength(1);

    // Another build reuses the bundle: only the manifest differs (the article's revision).
    const b = site('b', '<p>second</p>');
    await writeServiceWorker(pathToFileURL(`${b}/`), '/archive/', logger, templates);
    const second = readFileSync(join(b, 'sw.js'), 'utf8');
    expect(readdirSync(templates)).toHaveLength(1);
    expect(second).not.toBe(first);
    const manifest = (code: string): string => /precache\(\w*\)\}\((\[.*?\])\)/s.exec(code)?.[1] ?? /(\[\{"url".*?\}\])/s.exec(code)?.[1] ?? '';
    expect(second.replace(manifest(second), '')).toBe(first.replace(manifest(first), ''));

    // The same site gives the same bytes.
    await writeServiceWorker(pathToFileURL(`${b}/`), '/archive/', logger, templates);
    expect(readFileSync(join(b, 'sw.js'), 'utf8')).toBe(second);
  }, 60_000);
});
