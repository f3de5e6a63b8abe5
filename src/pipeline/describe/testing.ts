/** Test helpers shared by the describe stage's rule tests. */
import type { DecodedSource } from '../types.ts';
import { handVerdicts, textSource } from '../testing/text-source.ts';
import { describe } from './index.ts';

/** A plain-text source from lines of invented text. */
export const linesSource = (lines: readonly string[]): DecodedSource => textSource(lines.join('\n'));

/** Describe hand-written verdicts (`[text, keep, reason]`) of a plain-text source made from their lines. */
export function described(rows: ReadonlyArray<readonly [string, boolean, string]>): ReturnType<typeof describe> {
  const v = handVerdicts(rows);
  return describe(linesSource(v.map((x) => x.text)), v);
}

/** Three invented body paragraphs. */
export const BODY = 'The parish council met on Tuesday evening and voted to approve the plan after a long debate about its cost and timing.';
export const BODY2 = 'Opponents said they would keep campaigning against the scheme, which they argue will harm the small shops on the street.';
export const BODY3 = 'A final decision on the money is expected from the county in the spring, once the survey of the old bridge is complete.';
