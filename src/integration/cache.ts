import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineCache } from '../pipeline/cache.ts';

/** What the pipeline's outputs depend on besides the input: its code, and the dependencies it runs. */
const CODE_ROOTS = ['../pipeline', '../emit', '../utils', '../../package-lock.json'];

/**
 * The version of the pipeline's code: a hash of every source file under src/pipeline,
 * src/emit and src/utils (which they import), and of the lockfile (Readability, linkedom
 * and the other libraries the stages call). Changing any of them invalidates every
 * cached stage output.
 */
export function codeVersion(): string {
  return versionOf(CODE_ROOTS.map((path) => fileURLToPath(new URL(path, import.meta.url))));
}

/** A hash of the names and bytes of the files under `roots` (folders or files; missing ones are skipped). */
export function versionOf(roots: readonly string[]): string {
  const hash = createHash('sha256');
  for (const root of roots) {
    if (!existsSync(root)) continue;
    hash.update(`\u0000${basename(root)}\u0000`);
    const files = statSync(root).isDirectory() ? listFiles(root) : [root];
    for (const file of files) hash.update(file.slice(root.length)).update('\u0000').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (/\.(ts|json)$/.test(name) && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/**
 * A pipeline cache on disk, one JSON file per entry under `dir/<code version>/`, so a
 * code change starts a fresh cache. Writes go through a temporary file and a rename.
 */
export function fileCache(dir: string, extraVersion = ''): PipelineCache {
  const version = `${codeVersion()}${extraVersion ? `-${extraVersion}` : ''}`;
  const root = join(dir, version);
  mkdirSync(root, { recursive: true });
  const used = new Set<string>();
  return {
    get(key) {
      used.add(`${key}.json`);
      try {
        return JSON.parse(readFileSync(join(root, `${key}.json`), 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const path = join(root, `${key}.json`);
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, path);
      used.add(`${key}.json`);
    },
    keep(keys) {
      for (const key of keys) used.add(`${key}.json`);
    },
    prune() {
      for (const name of readdirSync(dir)) if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
      for (const name of readdirSync(root)) if (!used.has(name)) rmSync(join(root, name), { force: true });
    },
  };
}
