import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier.mjs');
const SEEDS = join(ROOT, 'tests', 'fixtures', 'seeds');

function dossier(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dossier CLI contract', () => {
  it('prints help and version, exit 0', () => {
    expect(dossier('--help')).toMatchObject({ code: 0 });
    expect(dossier('--help').stdout).toContain('Usage: dossier');
    for (const cmd of ['build', 'clean', 'summarize', 'dev', 'serve']) {
      const r = dossier(cmd, '--help');
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toContain(`dossier ${cmd}`);
    }
    expect(dossier('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('rejects bad arguments and missing paths with one line and exit 2', () => {
    for (const args of [['frobnicate'], ['build', '--nope'], ['clean'], ['clean', 'no/such/file.txt'], ['summarize', 'no/such/dir'], ['summarize', SEEDS, '--words', 'ten'], ['build', '--content', 'no/such/dir']]) {
      const r = dossier(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('clean --json prints one object per input, in order, with every line once', () => {
    const files = ['000_8bf9390d05671210.txt', '003_940530787d95496f.txt', '004_a0305d05bf6d3627.txt'].map((f) => join('tests', 'fixtures', 'seeds', f));
    const r = dossier('clean', '--json', ...files);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((o) => o['file'])).toEqual(files);
    for (const o of out) {
      for (const key of ['title', 'displayTitle', 'titleDerived', 'dek', 'publisher', 'author', 'editor', 'published', 'url', 'language', 'provenance', 'lines']) {
        expect(o, key).toHaveProperty(key);
      }
      const lines = o['lines'] as { n: number; text: string; keep: boolean; reason: string }[];
      expect(lines.map((l) => l.n)).toEqual(lines.map((_, i) => i + 1));
    }
    // Every line once: as many lines as the gold labels (the file ends without a final newline).
    expect((out[0]!['lines'] as unknown[]).length).toBe(25);
    expect(out[1]!['title']).toBeNull();
    expect(out[1]!['titleDerived']).toBe(true);
    expect(out[2]!['published']).toBe('2020-06-11T17:56:00Z');
  });

  it('summarize --json prints one object per DIR with cited sentences', () => {
    const r = dossier('summarize', SEEDS, '--json', '--words', '80');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const story = JSON.parse(lines[0]!) as { dir: string; title: string; summary: { text: string; citations: { source: string; passage: string }[] }[] };
    expect(story.dir).toBe(SEEDS);
    expect(story.summary.length).toBeGreaterThan(0);
    for (const s of story.summary) {
      expect(s.citations.length).toBeGreaterThan(0);
      for (const c of s.citations) {
        expect(c.source).toMatch(/^00\d_[0-9a-f]+\.txt$/);
        expect(c.passage).toMatch(/^p-[0-9a-f]{6}/);
      }
    }
  });
});

describe('the npm scripts of the README', () => {
  it('`npm run build` builds the example archive (the scripts call bin/dossier.mjs, not an unlinked `dossier`)', () => {
    const out = join(ROOT, '.dossier', 'test-npm-build');
    const r = spawnSync('npm', ['run', 'build', '--', '--quiet', '--out', out], { cwd: ROOT, encoding: 'utf8', env: process.env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('5 published');
  }, 180_000);
});
