import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('an archive with sub-folders', () => {
  it('makes each sub-folder a story, loose files one more, and lists them on the home page newest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-stories-'));
    const content = join(dir, 'content');
    mkdirSync(content);
    cpSync(join(ROOT, 'tests', 'fixtures', 'seeds'), join(content, 'microsoft'), { recursive: true });
    rmSync(join(content, 'microsoft', 'dossier.lock.json'), { force: true });
    cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'conflict'), join(content, 'bridge'), { recursive: true });
    writeFileSync(join(content, 'loose.txt'), 'A loose note about the archive\n\nThis file sits at the top of the content folder and forms a story of its own with no other sources.\n');
    const out = join(ROOT, '.dossier', 'test-stories-out');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'build', '--quiet', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'stories', 'microsoft', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'stories', 'bridge', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'stories', 'other-sources', 'index.html'))).toBe(true);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const order = ['stories/microsoft/', 'stories/bridge/', 'stories/other-sources/'].map((p) => home.indexOf(p));
    expect(order.every((i) => i > 0)).toBe(true);
    // Newest first: the Microsoft story is dated June 2020; the others are undated.
    expect(order[0]).toBeLessThan(order[1]!);
    const bridge = readFileSync(join(out, 'stories', 'bridge', 'index.html'), 'utf8');
    expect(bridge.match(/class="conflict"/g)).toHaveLength(1);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('without sub-folders, the home page is the story page and no stories/ pages exist', () => {
    const out = join(ROOT, '.dossier', 'test-loose-out');
    // A copy: the build writes its lock file into the content folder.
    const content = mkdtempSync(join(tmpdir(), 'dossier-loose-'));
    cpSync(join(ROOT, 'tests', 'fixtures', 'stories', 'conflict'), content, { recursive: true });
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'build', '--quiet', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'stories'))).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('class="summary-sentence"');
  }, 180_000);
});
