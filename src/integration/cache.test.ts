import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeVersion, fileCache, versionOf } from './cache.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-test-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('file cache', () => {
  it('returns what was stored, as JSON, across instances', () => {
    const dir = tempDir();
    fileCache(dir).set('story-abc', { summary: ['x'], n: 1 });
    expect(fileCache(dir).get('story-abc')).toEqual({ summary: ['x'], n: 1 });
    expect(fileCache(dir).get('story-missing')).toBeUndefined();
  });

  it('keeps entries of different code or settings versions apart, and prune drops the others', () => {
    const dir = tempDir();
    fileCache(dir, 'words-120').set('story-abc', 1);
    expect(fileCache(dir, 'words-200').get('story-abc')).toBeUndefined();
    const current = fileCache(dir, 'words-200');
    current.set('story-def', 2);
    current.prune?.();
    expect(readdirSync(dir)).toEqual([`${codeVersion()}-words-200`]);
    expect(existsSync(join(dir, `${codeVersion()}-words-200`, 'story-def.json'))).toBe(true);
  });

  it('prunes the entries a run did not use', () => {
    const dir = tempDir();
    const first = fileCache(dir);
    first.set('cite-a', 1);
    first.set('cite-b', 2);
    const second = fileCache(dir);
    expect(second.get('cite-a')).toBe(1);
    second.prune?.();
    expect(fileCache(dir).get('cite-a')).toBe(1);
    expect(fileCache(dir).get('cite-b')).toBeUndefined();
  });

  it('has every entry on disk once pruned, however many a run wrote (most of them on a writer thread)', () => {
    const dir = tempDir();
    const cache = fileCache(dir);
    const keys = Array.from({ length: 300 }, (_, i) => `synthesis-${i}`);
    keys.forEach((key, i) => cache.set(key, { i, text: 'x'.repeat(i) }));
    cache.prune?.();
    const again = fileCache(dir);
    keys.forEach((key, i) => expect(again.get(key)).toEqual({ i, text: 'x'.repeat(i) }));
    expect(readdirSync(join(dir, codeVersion())).filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(readdirSync(join(dir, codeVersion()))).toHaveLength(300);
  });

  it('reads back an entry set earlier in the run, even one still with the writer thread', () => {
    const cache = fileCache(tempDir());
    cache.set('story-x', 'first');
    for (let i = 0; i < 200; i++) cache.set(`article-${i}`, i);
    cache.set('story-x', 'second');
    expect(cache.get('article-199')).toBe(199);
    expect(cache.get('story-x')).toBe('second');
    cache.prune?.();
  });

  it('has a code version that is a stable hash', () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion()).toBe(codeVersion());
  });

  it('changes the code version when stage code or a dependency changes, not when a test does', () => {
    const dir = tempDir();
    const code = join(dir, 'pipeline');
    const lockfile = join(dir, 'package-lock.json');
    mkdirSync(join(code, 'synthesize'), { recursive: true });
    writeFileSync(join(code, 'synthesize', 'story.ts'), 'export const a = 1;\n');
    writeFileSync(lockfile, '{"packages":{"node_modules/@mozilla/readability":{"version":"0.6.0"}}}\n');
    const roots = [code, lockfile];
    const before = versionOf(roots);
    writeFileSync(join(code, 'synthesize', 'story.test.ts'), 'test\n');
    expect(versionOf(roots)).toBe(before);
    writeFileSync(join(code, 'synthesize', 'story.ts'), 'export const a = 2;\n');
    const edited = versionOf(roots);
    expect(edited).not.toBe(before);
    writeFileSync(lockfile, '{"packages":{"node_modules/@mozilla/readability":{"version":"0.6.1"}}}\n');
    expect(versionOf(roots)).not.toBe(edited);
  });
});
