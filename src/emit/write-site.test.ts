import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/run.ts';
import { siteFiles, syncFolder } from './write-site.ts';

const FIXTURE = join(import.meta.dirname, '../../tests/fixtures/html/save-complete');

describe('siteFiles: images of a saved page', () => {
  const content = mkdtempSync(join(tmpdir(), 'dossier-images-'));
  cpSync(join(FIXTURE, 'harbour-light.html'), join(content, 'harbour-light.html'));
  cpSync(join(FIXTURE, 'harbour-light_files'), join(content, 'harbour-light_files'), { recursive: true });
  const result = runPipeline({ contentDir: content });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('writes the local image to media/ under its content hash and links it from the article body', () => {
    const files = siteFiles(result, { base: '/', excerpts: false });
    const media = [...files.keys()].filter((k) => k.startsWith('media/'));
    expect(media).toEqual([expect.stringMatching(/^media\/[0-9a-f]{16}\.png$/)]);
    expect(files.get(media[0]!)).toEqual(new Uint8Array(readFileSync(join(FIXTURE, 'harbour-light_files', 'lighthouse.png'))));
    const slug = result.articles[0]!.slug;
    const mdx = String(files.get(`articles/${slug}.mdx`));
    expect(mdx).toContain(`src="..&#x2F;..&#x2F;${media[0]!.replace('/', '&#x2F;')}"`);
    expect(mdx).toContain('src="data:image&#x2F;png;base64,');
    expect(mdx).toContain('(https://images.saltmarshherald.example/2024/03/lamp-room-1600.jpg)');
    expect(mdx.match(/<figure /g)).toHaveLength(3);
    expect(mdx.match(/<figcaption>/g)).toHaveLength(1);
  });

  it('is deterministic', () => {
    const a = siteFiles(result, { base: '/', excerpts: false });
    const b = siteFiles(runPipeline({ contentDir: content }), { base: '/', excerpts: false });
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toEqual(v);
  });

  it('publishes no images in excerpts mode', () => {
    const files = siteFiles(result, { base: '/', excerpts: true });
    expect([...files.keys()].filter((k) => k.startsWith('media/'))).toEqual([]);
    expect(String(files.get(`articles/${result.articles[0]!.slug}.mdx`))).not.toContain('<figure');
  });
});

describe('syncFolder', () => {
  it('writes changed files, skips unchanged ones, removes stale ones, and survives a hand-made change', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'dossier-sync-')), 'gen');
    syncFolder(dir, new Map<string, string | Uint8Array>([['a.txt', 'one'], ['b/c.bin', new Uint8Array([1, 2, 3])], ['old.txt', 'x']]));
    const before = statSync(join(dir, 'a.txt')).mtimeMs;
    syncFolder(dir, new Map<string, string | Uint8Array>([['a.txt', 'one'], ['b/c.bin', new Uint8Array([1, 2, 4])]]));
    expect(statSync(join(dir, 'a.txt')).mtimeMs).toBe(before);
    expect([...readFileSync(join(dir, 'b/c.bin'))]).toEqual([1, 2, 4]);
    expect(existsSync(join(dir, 'old.txt'))).toBe(false);
    // A sync that stopped half-way leaves no manifest, so the next one compares bytes on disk.
    writeFileSync(join(dir, 'a.txt'), 'tampered');
    rmSync(`${dir}.manifest.json`);
    syncFolder(dir, new Map<string, string | Uint8Array>([['a.txt', 'one'], ['b/c.bin', new Uint8Array([1, 2, 4])]]));
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('one');
  });
});
