import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHashes } from '../support/site.ts';
import { prepareHostileContent } from '../fixtures/hostile/prepare.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier.mjs');

function build(content: string, out: string, env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--content', content, '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`build failed (${r.status}): ${r.stderr}\n${r.stdout}`);
}


describe('hostile corpus determinism', () => {
  it('two builds of the hostile corpus are byte-identical, whatever the out path, TZ and locale', () => {
    const content = prepareHostileContent(join(ROOT, '.dossier', 'hostile-det-content'));
    const a = join(ROOT, '.dossier', 'hostile-det-a');
    const b = join(ROOT, '.dossier', 'hostile-det-b-other name');
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
    build(content, a, { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    build(content, b, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' });
    const ta = fileHashes(a);
    const tb = fileHashes(b);
    expect([...tb.keys()].sort()).toEqual([...ta.keys()].sort());
    const differing = [...ta].filter(([k, h]) => tb.get(k) !== h).map(([k]) => k);
    expect(differing).toEqual([]);
    expect(ta.size).toBeGreaterThan(50);
    const report = readFileSync(join(a, 'report.json'), 'utf8');
    expect(report).not.toContain(ROOT);
    expect(report).not.toMatch(/"(time|duration|ms|elapsed)"/i);
  }, 900_000);
});
