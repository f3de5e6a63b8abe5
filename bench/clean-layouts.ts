/**
 * Layout robustness of the cleaner: the dev sets' labelled files, re-laid out the ways other scrapers write
 * the same page, scored with the same labels.
 *
 *   node bench/clean-layouts.ts [--show LAYOUT]      (LAYOUT: as-is, no-blank, double-spaced, wrapped, indented;
 *                                                     add "-kept" to list the chrome kept instead of the text lost)
 *
 * - as-is: the files as written;
 * - no-blank: every blank line removed (extractors that join blocks with one line break);
 * - double-spaced: a blank line after every block (as many browsers copy a page; a hard-wrapped paragraph's
 *   lines stay together);
 * - wrapped: every line longer than 80 characters hard-wrapped at 72 ("Save as text", text browsers);
 * - indented: every line indented by three spaces (lynx, w3m).
 *
 * blind-corpus-5 is never read: it stays a blind measurement for bench/clean.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceFile } from '../src/pipeline/types.ts';
import { cleanFiles } from '../src/pipeline/run.ts';
import { NO_TIMER } from '../src/pipeline/timings.ts';
import { NO_CACHE } from '../src/pipeline/cache.ts';
import { sha256Hex } from '../src/utils/hash.ts';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');
const SETS = ['clean-corpus', 'clean-dev2', 'clean-dev3', 'clean-dev6', 'clean-dev7', 'blind-corpus', 'blind-corpus-2', 'blind-corpus-3', 'blind-corpus-4'];

/** A re-layout of a file's lines and of their labels (C, B or - per line). */
type Layout = (lines: readonly string[], labels: readonly string[]) => { lines: string[]; labels: string[] };

const isBlank = (line: string | undefined): boolean => (line ?? '').trim() === '';

/** Hard-wraps one line at `width`, breaking between words. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(current);
  return out;
}

/** True when `line` is a hard-wrapped line running on into `next` (a copy of the page would not split them). */
function wrapsInto(line: string, next: string): boolean {
  return /^\s*\p{Ll}/u.test(next) || (line.trim().length >= 50 && !/[.!?:;"”’)]$/u.test(line.trim()));
}

const LAYOUTS: Record<string, Layout> = {
  'as-is': (lines, labels) => ({ lines: [...lines], labels: [...labels] }),
  'no-blank': (lines, labels) => ({ lines: lines.filter((l) => !isBlank(l)), labels: labels.filter((_, i) => !isBlank(lines[i])) }),
  'double-spaced': (lines, labels) => {
    const out = { lines: [] as string[], labels: [] as string[] };
    lines.forEach((line, i) => {
      out.lines.push(line);
      out.labels.push(labels[i] ?? '-');
      if (!isBlank(line) && !isBlank(lines[i + 1]) && i + 1 < lines.length && !wrapsInto(line, lines[i + 1] ?? '')) {
        out.lines.push('');
        out.labels.push('-');
      }
    });
    return out;
  },
  wrapped: (lines, labels) => {
    const out = { lines: [] as string[], labels: [] as string[] };
    lines.forEach((line, i) => {
      const parts = line.length > 80 ? wrap(line, 72) : [line];
      for (const part of parts) {
        out.lines.push(part);
        out.labels.push(labels[i] ?? '-');
      }
    });
    return out;
  },
  indented: (lines, labels) => ({ lines: lines.map((l) => (isBlank(l) ? l : `   ${l}`)), labels: [...labels] }),
};

const { values } = parseArgs({ options: { show: { type: 'string' } } });

for (const [name, layout] of Object.entries(LAYOUTS)) {
  let keptContent = 0;
  let lostContent = 0;
  let removedChrome = 0;
  let keptChrome = 0;
  const shown: string[] = [];
  for (const set of SETS) {
    const dir = join(FIXTURES, set);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir)
      .filter((n) => n.endsWith('.txt') && !n.endsWith('.labels.txt') && existsSync(join(dir, n.replace(/\.txt$/, '.labels.txt'))))
      .sort();
    const labelsOf: string[][] = [];
    const files: SourceFile[] = names.map((n) => {
      const text = readFileSync(join(dir, n), 'utf8').replace(/\r\n/g, '\n');
      const labels = readFileSync(join(dir, n.replace(/\.txt$/, '.labels.txt')), 'utf8').split('\n');
      const laid = layout(text.split('\n'), labels);
      labelsOf.push(laid.labels);
      const bytes = new TextEncoder().encode(laid.lines.join('\n'));
      return { path: join(dir, n), bytes, sha256: sha256Hex(bytes), story: '' };
    });
    const { outcomes } = cleanFiles(files, NO_TIMER, NO_CACHE, dir);
    outcomes.forEach((outcome, i) => {
      if (!outcome.ok) return;
      outcome.article.verdicts.forEach((verdict, j) => {
        const label = labelsOf[i]?.[j];
        if (label === 'C') {
          if (verdict.keep) keptContent += 1;
          else {
            lostContent += 1;
            if (values.show === name) shown.push(`${set}/${names[i]}: ${verdict.text.trim().slice(0, 90)} (${verdict.reason})`);
          }
        } else if (label === 'B') {
          if (!verdict.keep) removedChrome += 1;
          else {
            keptChrome += 1;
            if (values.show === `${name}-kept`) shown.push(`${set}/${names[i]}: ${verdict.text.trim().slice(0, 90)} (${verdict.reason})`);
          }
        }
      });
    });
  }
  const recall = keptContent / Math.max(1, keptContent + lostContent);
  const precision = removedChrome / Math.max(1, removedChrome + lostContent);
  const chromeRecall = removedChrome / Math.max(1, removedChrome + keptChrome);
  const f1 = (2 * precision * chromeRecall) / Math.max(1e-9, precision + chromeRecall);
  console.log(`${name.padEnd(14)} content R ${(100 * recall).toFixed(1)} (${lostContent} lines lost) | boilerplate F1 ${(100 * f1).toFixed(1)} (${keptChrome} lines kept)`);
  for (const line of shown) console.log(`    ${line}`);
}
