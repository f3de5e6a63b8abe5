import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, '.dossier', 'test-inputs-out');
let content = '';

interface Report {
  inputs: { file: string; status: string; slug: string | null; reasons: { code: string }[] }[];
}
const report = (): Report => JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8')) as Report;
const page = (slug: string): string => readFileSync(join(OUT, 'articles', slug, 'index.html'), 'utf8');

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'dossier-inputs-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'html'), join(content, 'html'), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'overrides', 'content'), content, { recursive: true });
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'build', '--quiet', '--content', content, '--out', OUT], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
}, 240_000);
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('saved HTML pages', () => {
  it('publishes each page (not its asset folder) with the expected blocks and nothing executable', () => {
    const entries = report().inputs.filter((e) => e.file.startsWith('html/'));
    expect(entries.some((e) => e.file.includes('_files/'))).toBe(false);
    for (const name of ['river-plan', 'singlefile-heatwave', 'brief-bridge-closure', 'oped-night-buses', 'interview-malformed']) {
      const entry = entries.find((e) => e.file === `html/${name}.html`);
      expect(entry?.slug, name).toBeTruthy();
      const html = page(entry!.slug!);
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      const text = main.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      const expected = readFileSync(join(ROOT, 'tests', 'fixtures', 'html', `${name}.expected.txt`), 'utf8').split('\n').filter((l) => l.trim());
      for (const block of expected) expect(text, `${name}: ${block.slice(0, 40)}`).toContain(block.replace(/^[•\d.]+\s+/, '').replace(/\s+/g, ' ').trim().slice(0, 60));
      // Only our own bundled modules and JSON data blocks: nothing from the page runs.
      for (const tag of main.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/type="module" src="\/_astro\/|type="application\/(ld\+)?json"/);
      expect(main).not.toMatch(/\son[a-z]+=/i);
    }
  });
});

describe('user corrections', () => {
  it('apply sidecar and manifest values with their provenance, and hide what the user hides', () => {
    const entries = report().inputs;
    const second = entries.find((e) => e.file === 'story-a/second.txt');
    expect(second?.status).toBe('skipped');
    expect(second?.reasons[0]?.code).toBe('hidden');
    const article = entries.find((e) => e.file === 'story-a/article.txt');
    expect(article?.slug).toBeTruthy();
    const html = page(article!.slug!);
    expect(html).toMatch(/user:(sidecar|manifest)/);
  });
});
