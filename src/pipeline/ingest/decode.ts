import type { Encoding, Problem } from '../types.ts';
import { repairMojibake } from './mojibake.ts';

/** The result of turning bytes into text. */
export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding; problems: Problem[] }
  | { ok: false; reason: 'empty' | 'whitespace-only' | 'binary' | 'undecodable'; message: string };

const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['ELF binary', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Decodes an input's bytes: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * otherwise Windows-1252. Line breaks become `\n` (CRLF and lone CR count as one),
 * control characters other than tab and line breaks are removed and noted, and
 * mojibake (UTF-8 once misread as Windows-1252) is repaired and noted.
 * Binary files and files with no text are refused with a reason.
 */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      return { ok: false, reason: 'binary', message: `The file is binary (${kind}), not text.` };
    }
  }
  let encoding: Encoding;
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    const decoded = tryDecode('utf-8', bytes.subarray(3));
    if (decoded === null) return undecodable('it starts with a UTF-8 byte-order mark but is not valid UTF-8');
    text = decoded;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    const decoded = tryDecode('utf-16le', bytes.subarray(2));
    if (decoded === null) return undecodable('it is not valid UTF-16LE');
    text = decoded;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    const decoded = tryDecode('utf-16be', bytes.subarray(2));
    if (decoded === null) return undecodable('it is not valid UTF-16BE');
    text = decoded;
  } else {
    if (looksBinary(bytes)) {
      return { ok: false, reason: 'binary', message: 'The file is binary: too many NUL or control bytes for text.' };
    }
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) {
      encoding = 'utf-8';
      text = utf8;
    } else {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  const problems: Problem[] = [];
  if (encoding === 'windows-1252') {
    problems.push({ code: 'decoded-windows-1252', message: 'Not valid UTF-8; decoded as Windows-1252.' });
  }
  text = text.replace(/\r\n?/g, '\n');
  const mojibake = repairMojibake(text);
  if (mojibake.repaired > 0) {
    problems.push({
      code: 'mojibake-repaired',
      message: `Repaired ${mojibake.repaired} garbled character${mojibake.repaired === 1 ? '' : 's'} (UTF-8 once misread as Windows-1252, e.g. "â€™" for "’"); the original keeps them.`,
    });
  }
  text = mojibake.text;
  const { cleaned, removed } = removeControlCharacters(text);
  if (removed > 0) {
    problems.push({
      code: 'control-chars-removed',
      message: `Removed ${removed} control character${removed === 1 ? '' : 's'} (NUL and similar).`,
    });
  }
  text = cleaned;
  if (text.length === 0) return { ok: false, reason: 'empty', message: 'The file has no text.' };
  if (text.trim().length === 0) {
    return { ok: false, reason: 'whitespace-only', message: 'The file holds only white space.' };
  }
  return { ok: true, text, encoding, problems };
}

function undecodable(why: string): DecodeResult {
  return { ok: false, reason: 'undecodable', message: `The file cannot be decoded: ${why}.` };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file is binary when more than 1% of its first 64 KiB are NUL or C0 controls (tab and breaks excepted). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) bad++;
  }
  return bad > Math.max(1, n * 0.01);
}

/** Removes C0/C1 controls except tab and newline, and the BOM/U+FFFE noncharacters. */
export function removeControlCharacters(text: string): { cleaned: string; removed: number } {
  let removed = 0;
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufffe\uffff]/g, () => {
    removed++;
    return '';
  });
  return { cleaned, removed };
}
