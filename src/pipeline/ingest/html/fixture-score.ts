import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanSource } from '../../clean/index.ts';
import type { DecodedSource, LineVerdict } from '../../types.ts';
import { extractHtml } from './index.ts';
import type { ExtractedHtml } from './types.ts';

/** How well the extractor plus the text cleaner did on one saved page with an `*.expected.txt`. */
export interface FixtureScore {
  file: string;
  extracted: ExtractedHtml;
  verdicts: LineVerdict[];
  expected: string[];
  /** Expected blocks not found among the kept lines. */
  missing: string[];
  /** Kept lines (not images) that are no expected block: surviving junk. */
  junk: string[];
}

/** A line folded for comparison: list marker removed, whitespace folded. */
export function foldLine(text: string): string {
  return text.replace(/^\s*(?:•|\d{1,4}\.)\s+/, '').replace(/\s+/g, ' ').trim();
}

/** Every `*.html` below `dir` that has an `*.expected.txt` beside it (asset folders `*_files` skipped). */
export function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) {
      if (!name.endsWith('_files')) out.push(...listFixtures(abs));
    } else if (name.endsWith('.html')) {
      try {
        statSync(abs.replace(/\.html$/, '.expected.txt'));
        out.push(abs);
      } catch {
        // no expectations: not a scored fixture
      }
    }
  }
  return out;
}

/** Extracts, cleans and scores one fixture page; `root` is the folder paths are relative to. */
export function scoreFixture(root: string, abs: string): FixtureScore {
  const file = relative(root, abs).split('\\').join('/');
  const html = readFileSync(abs, 'utf8');
  const extracted = extractHtml(html, {
    path: file,
    readAsset: (rel) => {
      try {
        return new Uint8Array(readFileSync(join(root, rel)));
      } catch {
        return null;
      }
    },
  });
  const lines = extracted.text.split('\n');
  const source: DecodedSource = {
    file: { path: file, bytes: new Uint8Array(), sha256: '', story: '' },
    format: 'html',
    encoding: 'utf-8',
    text: extracted.text,
    lines,
    frontMatter: null,
    problems: [],
    images: extracted.images,
  };
  // As the pipeline cleans it: with what the markup says of each line.
  const verdicts = cleanSource({ ...source, kinds: extracted.kinds, linkShare: extracted.linkShare });
  const expected = readFileSync(abs.replace(/\.html$/, '.expected.txt'), 'utf8').split('\n').map(foldLine).filter((l) => l !== '');
  const kept = verdicts.filter((v) => v.keep && extracted.kinds[v.n - 1] !== 'image').map((v) => foldLine(v.text));
  const keptSet = new Set(kept);
  const expectedSet = new Set(expected);
  return {
    file,
    extracted,
    verdicts,
    expected,
    missing: expected.filter((e) => !keptSet.has(e)),
    junk: kept.filter((k) => !expectedSet.has(k)),
  };
}
