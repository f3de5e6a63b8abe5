import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../types.ts';
import { mergeOverrides } from './merge-overrides.ts';
import { parseManifest } from './read-manifest.ts';
import { parseSidecar } from './read-sidecar.ts';
import type { Overrides, OverrideSet } from './types.ts';

/** Largest sidecar read (a sidecar is a few lines). */
const MAX_SIDECAR_BYTES = 1024 * 1024;
/** Largest manifest read. */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

/** Key of the entry holding manifest problems that concern no input. */
export const MANIFEST_KEY = 'manifest.csv';

/** A small text file's content (UTF-8, BOM dropped), null when absent, or a problem. */
function readText(path: string, maxBytes: number, name: string): { text: string | null; problem?: Problem } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { text: null };
    size = stat.size;
  } catch {
    return { text: null };
  }
  if (size > maxBytes) return { text: null, problem: { code: 'override-too-large', message: `${name}: larger than ${maxBytes} bytes; ignored.` } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { text: null, problem: { code: 'override-unreadable', message: `${name}: not readable as UTF-8 text; ignored.` } };
  }
}

/**
 * Reads the user's corrections for the inputs `files` (paths relative to `contentDir`):
 * each input's sidecar `<file>.dossier.yml` (or `.dossier.yaml`) and the archive's
 * `manifest.csv`. Returns an entry for each input with a sidecar or a manifest row; the
 * sidecar wins over the manifest. Problems of the manifest that concern no input (bad
 * header, unknown file) are in the entry keyed `manifest.csv` (never an input's name).
 * Never throws; never writes.
 */
export function readOverrides(contentDir: string, files: readonly string[]): Map<string, Overrides> {
  const out = new Map<string, Overrides>();
  const known = new Set(files);
  const manifestFile = readText(join(contentDir, MANIFEST_KEY), MAX_MANIFEST_BYTES, MANIFEST_KEY);
  let rows = new Map<string, OverrideSet>();
  let rowProblems = new Map<string, Problem[]>();
  const manifestProblems: Problem[] = manifestFile.problem ? [manifestFile.problem] : [];
  if (manifestFile.text !== null) {
    const parsed = parseManifest(manifestFile.text, known, MANIFEST_KEY);
    rows = parsed.sets;
    rowProblems = parsed.fileProblems;
    manifestProblems.push(...parsed.problems);
  }
  for (const file of files) {
    let sidecar: OverrideSet | null = null;
    const problems: Problem[] = [];
    for (const ext of ['.dossier.yml', '.dossier.yaml']) {
      const name = `${file}${ext}`;
      const read = readText(join(contentDir, name), MAX_SIDECAR_BYTES, name);
      if (read.problem) problems.push(read.problem);
      if (read.text === null) continue;
      if (sidecar !== null) {
        problems.push({ code: 'sidecar-duplicate', message: `${name}: ignored, because ${file}.dossier.yml exists.` });
        continue;
      }
      const parsed = parseSidecar(read.text, name);
      sidecar = parsed.set;
      problems.push(...parsed.problems);
    }
    const row = rows.get(file) ?? null;
    problems.unshift(...(rowProblems.get(file) ?? []));
    if (sidecar === null && row === null && problems.length === 0) continue;
    out.set(file, mergeOverrides(file, sidecar, row, problems));
  }
  if (manifestProblems.length > 0) out.set(MANIFEST_KEY, { file: MANIFEST_KEY, fields: {}, retrieved: null, hide: null, lines: [], problems: manifestProblems });
  return out;
}
