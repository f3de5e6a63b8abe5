import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../bench/generate.ts';
import { LIST_PAGE_SIZE } from '../../src/utils/story-view.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every HTML page under `dir`, with its size in bytes. */
function pages(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .map((p) => ({ path: p, bytes: statSync(join(dir, p)).size }));
}

describe('a story larger than a list page', () => {
  it('splits its lists into linked pages under --base, and no page grows with the archive', () => {
    const content = mkdtempSync(join(tmpdir(), 'dossier-pages-'));
    const articles = LIST_PAGE_SIZE + 30;
    generateArchive(content, { articles, seed: 7, oneStory: true });
    const out = join(ROOT, '.dossier', 'test-pagination-out');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'build', '--quiet', '--content', content, '--out', out, '--base', '/archive/'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const list = join(out, 'lists', 'the-story', 'sources');
    const first = readFileSync(join(list, 'index.html'), 'utf8');
    const second = readFileSync(join(list, '2', 'index.html'), 'utf8');
    expect(existsSync(join(list, '3'))).toBe(false);
    expect(first).toContain('href="/archive/lists/the-story/sources/2/" rel="next"');
    expect(second).toContain('href="/archive/lists/the-story/sources/" rel="prev"');
    const items = (html: string): number => (/<ol class="source-index"[^>]*>(.*?)<\/ol>/s.exec(html)?.[1] ?? '').split('<li>').length - 1;
    expect(items(first)).toBe(LIST_PAGE_SIZE);
    expect(items(second)).toBe(articles - LIST_PAGE_SIZE);
    expect(second).toContain(`start="${LIST_PAGE_SIZE + 1}"`);
    // Bounded pages: none of them lists the whole archive.
    const largest = Math.max(...pages(out).map((p) => p.bytes));
    expect(largest).toBeLessThan(400_000);
    rmSync(content, { recursive: true, force: true });
  }, 300_000);
});
