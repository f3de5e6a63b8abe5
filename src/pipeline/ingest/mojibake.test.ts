import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.ts';

/** Makes mojibake the way it happens: UTF-8 bytes read as Windows-1252. */
function garble(s: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
}

describe('repairMojibake', () => {
  it('repairs curly quotes, dashes and accents garbled through Windows-1252', () => {
    const original = 'The council’s “green bridge” — café in Zürich, naïve, 20 °C, €5, ½';
    const r = repairMojibake(garble(original));
    expect(r.text).toBe(original);
    expect(r.repaired).toBeGreaterThan(5);
  });
  it('repairs emoji and CJK (3- and 4-byte sequences)', () => {
    for (const s of ['日本語のテキスト', 'Fire 🔥 and ✓ ticks']) expect(repairMojibake(garble(s)).text).toBe(s);
  });
  it('leaves correct accented and typographic text alone', () => {
    const good = 'À bientôt, São Paulo: Ã is a letter, “Â” too, and Âge — ÉTÉ ÀÉÎ, 1½ °C.';
    expect(repairMojibake(good)).toEqual({ text: good, repaired: 0 });
  });
  it('never touches line breaks, so line numbers stay the same', () => {
    const text = garble('one’s\ntwo—\nthree');
    const r = repairMojibake(text);
    expect(r.text.split('\n')).toHaveLength(3);
    expect(r.text).toBe('one’s\ntwo—\nthree');
  });
  it('is idempotent', () => {
    const once = repairMojibake(garble('It’s — fine')).text;
    expect(repairMojibake(once).text).toBe(once);
  });
});
