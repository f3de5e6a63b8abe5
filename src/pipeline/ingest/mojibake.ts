/**
 * Repairs mojibake: UTF-8 text that was once decoded as Windows-1252 and
 * re-encoded, so that `’` reads `â€™` and `é` reads `Ã©`. A run is replaced
 * only when its characters map back to Windows-1252 bytes that form valid
 * UTF-8 (lead byte first, then the exact number of continuation bytes), so
 * ordinary accented text is left alone.
 */

/** Windows-1252 bytes 0x80–0x9F, by the character they decode to. */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map(
  [
    '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
    '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
  ].flatMap((ch, i) => (ch === '' ? [] : [[ch, 0x80 + i] as [string, number]])),
);

/** The characters a continuation byte (0x80–0xBF) turns into under Windows-1252. */
const CONTINUATION = `[\\u00A0-\\u00BF${[...CP1252_HIGH.keys()].join('')}\\u0081\\u008D\\u008F\\u0090\\u009D]`;

/** A UTF-8 lead byte for 2-, 3- and 4-byte sequences (0xC2–0xF4) read as Windows-1252, then continuations. */
const MOJIBAKE_RUN = new RegExp(`[\\u00C2-\\u00F4]${CONTINUATION}{1,3}`, 'g');

/** The Windows-1252 byte a character came from, or null. */
function cp1252Byte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return code;
  if (code >= 0xa0 && code <= 0xff) return code;
  if (code >= 0x80 && code <= 0x9f) return code; // undefined Windows-1252 slots pass through as C1
  return CP1252_HIGH.get(ch) ?? null;
}

/** How many bytes a UTF-8 sequence starting with `lead` has. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The repaired text of one candidate run, or null when it is not mojibake. */
function repairRun(run: string): string | null {
  const chars = [...run];
  const bytes: number[] = [];
  for (const ch of chars) {
    const b = cp1252Byte(ch);
    if (b === null) return null;
    bytes.push(b);
  }
  const want = sequenceLength(bytes[0]!);
  if (want === 0 || bytes.length < want) return null;
  let fixed: string;
  try {
    fixed = strictUtf8.decode(new Uint8Array(bytes.slice(0, want)));
  } catch {
    return null;
  }
  // A C1 control is never what the writer meant: the run was real text.
  if (/[\u0080-\u009f]/.test(fixed)) return null;
  return fixed + chars.slice(want).join('');
}

/** Repairs every mojibake run in `text`; line breaks are never touched. */
export function repairMojibake(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const out = text.replace(MOJIBAKE_RUN, (run) => {
    const fixed = repairRun(run);
    if (fixed === null) return run;
    repaired++;
    return fixed;
  });
  return { text: out, repaired };
}
