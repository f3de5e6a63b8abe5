/** Test helpers shared by the clean stage's rule tests. */
import { textSource as source } from '../testing/text-source.ts';
import { chromeReason } from './chrome-reason.ts';
import { cleanSource } from './index.ts';
import { lineFeatures } from './line-features.ts';

/** The chrome reason of one line on its own. */
export const reasonOf = (line: string): string | null => chromeReason(lineFeatures(line));

/** The verdict of each line, as `text → reason` for removed lines and `text → +` (or headline/dek) for kept ones. */
export function verdictsOf(lines: readonly string[]): Map<string, string> {
  return new Map(cleanSource(source(lines.join('\n'))).filter((v) => v.reason !== 'blank').map((v) => [v.text, v.keep ? (v.reason === 'headline' || v.reason === 'dek' ? v.reason : '+') : v.reason]));
}
