import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHashes } from '../support/site.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier.mjs');

function build(out: string, env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, 'build', '--quiet', '--out', out], { cwd: ROOT, env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`build failed (${code}): ${stderr}`))));
  });
}


describe('determinism', () => {
  it('two builds of the same content, run in parallel, are byte-identical, whatever the out path, TZ and locale', async () => {
    const a = join(ROOT, '.dossier', 'det-a');
    const b = join(ROOT, '.dossier', 'det-b-other-name');
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
    // In parallel: each build has its own working folder, so neither clobbers the other.
    await Promise.all([
      build(a, { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' }),
      build(b, { TZ: 'Asia/Kathmandu', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }),
    ]);
    const ta = fileHashes(a);
    const tb = fileHashes(b);
    expect([...tb.keys()].sort()).toEqual([...ta.keys()].sort());
    const differing = [...ta].filter(([k, h]) => tb.get(k) !== h).map(([k]) => k);
    expect(differing).toEqual([]);
    const report = readFileSync(join(a, 'report.json'), 'utf8');
    expect(report).not.toContain(ROOT);
    expect(report).not.toMatch(/"(time|duration|ms|elapsed)"/i);
  }, 300_000);
});
