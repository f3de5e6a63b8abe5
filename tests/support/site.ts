import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The project root. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The `dossier` command. */
export const BIN = join(ROOT, 'bin', 'dossier.mjs');

/** Serves a built site with `dossier serve` and resolves once it listens. */
export function serveSite(out: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', '--out', out, '--base', base, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ready, fail) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('serving')) ready(child);
    });
    child.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
}

/** Stops a server started by `serveSite`: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export function stopSite(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.removeAllListeners('exit');
    if (child.exitCode !== null || child.signalCode !== null) {
      done();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.on('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Every file of a folder with the SHA-256 of its bytes, keyed by relative path. */
export function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}
