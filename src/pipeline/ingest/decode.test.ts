import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from './decode.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('decodes UTF-8 and normalises CRLF and lone CR to \\n', () => {
    const r = decodeBytes(enc('a\r\nb\rc\n'));
    expect(r).toMatchObject({ ok: true, text: 'a\nb\nc\n', encoding: 'utf-8' });
  });
  it('strips a UTF-8 BOM', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('héllo')]));
    expect(r).toMatchObject({ ok: true, text: 'héllo', encoding: 'utf-8-bom' });
  });
  it('decodes UTF-16LE and UTF-16BE with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'hé', encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text: 'hé', encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 for invalid UTF-8, and says so', () => {
    const r = decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(r).toMatchObject({ ok: true, text: 'café “q”', encoding: 'windows-1252' });
    if (r.ok) expect(r.problems.map((p) => p.code)).toContain('decoded-windows-1252');
  });
  it('repairs mojibake in UTF-8 text and notes it', () => {
    const r = decodeBytes(enc('The councilâ€™s â€œgreen bridgeâ€\u009d plan'));
    expect(r).toMatchObject({ ok: true, text: 'The council’s “green bridge” plan' });
    if (r.ok) expect(r.problems.map((p) => p.code)).toContain('mojibake-repaired');
  });
  it('removes a stray NUL and notes it', () => {
    const r = decodeBytes(enc('Some text\u0000 here that is long enough to be text, not binary at all.'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).not.toContain('\u0000');
      expect(r.problems.map((p) => p.code)).toContain('control-chars-removed');
    }
  });
  it('skips empty, whitespace-only and binary files with a reason', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeBytes(enc(' \n\t\r\n'))).toMatchObject({ ok: false, reason: 'whitespace-only' });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toMatchObject({ ok: false, reason: 'binary' });
    const junk = new Uint8Array(1000).map((_, i) => (i * 7) % 32);
    expect(looksBinary(junk)).toBe(true);
    expect(decodeBytes(junk)).toMatchObject({ ok: false, reason: 'binary' });
  });
  it('refuses a UTF-16 BOM followed by an odd byte count as undecodable', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toMatchObject({ ok: false, reason: 'undecodable' });
  });
});
