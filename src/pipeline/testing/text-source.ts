/** Test helpers: inputs and verdicts as the pipeline's stages hand them on. */
import type { DecodedSource, LineVerdict } from '../types.ts';

/** A plain-text input, as ingest gives it (lines split on `\n`, or on CRLF too). */
export function textSource(text: string, path = 'input.txt', story = ''): DecodedSource {
  return { file: { path, bytes: new Uint8Array(), sha256: '', story }, format: 'text', encoding: 'utf-8', text, lines: text.split(/\r?\n/), frontMatter: null, problems: [] };
}

/** Verdicts written by hand: `[text, keep, reason]`, numbered from 1. */
export function handVerdicts(rows: ReadonlyArray<readonly [string, boolean, string]>): LineVerdict[] {
  return rows.map(([text, keep, reason], i) => ({ n: i + 1, text, keep, reason }));
}
