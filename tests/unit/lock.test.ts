import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier.mjs');

function build(content: string, out: string): void {
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

describe('the lock file keeps URLs stable', () => {
  it('keeps slugs and passage ids when a headline changes; a changed slug leaves a redirect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-lock-'));
    const content = join(dir, 'content');
    const out = join(ROOT, '.dossier', 'test-lock-out');
    cpSync(join(ROOT, 'tests', 'fixtures', 'seeds'), content, { recursive: true });
    rmSync(join(content, 'dossier.lock.json'), { force: true });
    build(content, out);
    const lock = JSON.parse(readFileSync(join(content, 'dossier.lock.json'), 'utf8')) as { articles: Record<string, { slug: string; passages: Record<string, string> }> };
    const cnet = lock.articles['000_8bf9390d05671210.txt']!;
    // The headline changes: the slug does not.
    const file = join(content, '000_8bf9390d05671210.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace("Microsoft says it won't sell its facial recognition tech to police", 'An entirely new headline for this piece'));
    build(content, out);
    const again = JSON.parse(readFileSync(join(content, 'dossier.lock.json'), 'utf8')) as typeof lock & { redirects: Record<string, string> };
    expect(again.articles['000_8bf9390d05671210.txt']!.slug).toBe(cnet.slug);
    expect(Object.keys(again.articles['000_8bf9390d05671210.txt']!.passages).sort()).toEqual(Object.keys(cnet.passages).sort());
    // Dropping the entry from the lock lets the new headline give a new slug; the old URL redirects.
    delete (again.articles as Record<string, unknown>)['000_8bf9390d05671210.txt'];
    writeFileSync(join(content, 'dossier.lock.json'), JSON.stringify(again));
    build(content, out);
    expect(existsSync(join(out, 'articles', 'an-entirely-new-headline-for-this-piece', 'index.html'))).toBe(true);
    const redirect = readFileSync(join(out, 'articles', cnet.slug, 'index.html'), 'utf8');
    expect(redirect).toContain('/articles/an-entirely-new-headline-for-this-piece/');
    expect(redirect).toMatch(/http-equiv="refresh"/);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
