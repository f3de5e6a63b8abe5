import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileText } from './hostile-text.ts';
import { checkImage } from './image-roundtrip.ts';

/** Magic bytes of the four image types, to make payloads that sniff as what they claim. */
const MAGIC: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/gif': [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
};

/** Sources `isSafeImageSrc` accepts: media paths and data: URIs of real image bytes. */
const mediaSrc = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 16, maxLength: 64 }), fc.constantFrom('png', 'jpg', 'jpeg', 'gif', 'webp'))
  .map(([hash, ext]) => `../../media/${hash}.${ext}`);
const dataSrc = fc
  .tuple(fc.constantFrom(...Object.keys(MAGIC)), fc.uint8Array({ maxLength: 40 }))
  .map(([mime, rest]) => `data:${mime};base64,${Buffer.from([...MAGIC[mime]!, ...rest]).toString('base64')}`);
const validSrc = fc.oneof(mediaSrc, dataSrc);

/** Near misses: a valid source with a hostile fragment spliced in, or its case or type changed. */
const mutatedSrc = fc.tuple(validSrc, fc.oneof(fc.constantFrom(...HOSTILE), hostileText), fc.nat()).map(([src, bit, at]) => {
  const i = at % (src.length + 1);
  return src.slice(0, i) + bit + src.slice(i);
});
const retypedSrc = validSrc.map((src) => src.replace(/^data:image\/png/, 'data:image/gif').replace('../../', '../').toUpperCase());

/** Sources an attacker would try. */
const hostileSrc = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'https://tracker.example/p.gif', '//tracker.example/p.gif', 'http://a/b.png',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+', 'data:text/html;base64,PHNjcmlwdD4=', 'file:///etc/passwd',
    '../../media/../../etc/passwd', '../../media/0123456789abcdef.png" onerror="alert(1)', '../../media/0123456789abcdef.png}{',
    'blob:https://a/b', 'vbscript:x', '{props.src}', '\u0000', '',
  ),
  hostileText,
);

const RUNS = Number(process.env['MDX_PROPERTY_RUNS'] ?? 1000);

describe('jsxImage property: any alt text and any source give one safe image or a refusal', () => {
  it(`compiles with Sätteri (as Astro runs it) and @mdx-js/mdx (${RUNS} runs)`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: validSrc }, { weight: 2, arbitrary: mutatedSrc }, { weight: 1, arbitrary: retypedSrc }, { weight: 2, arbitrary: hostileSrc }), hostileText, async (src, alt) => {
        if ((await checkImage(src, alt)) === 'rendered') rendered += 1;
      }),
      { numRuns: RUNS, verbose: 0 },
    );
    // Both outcomes are exercised.
    expect(rendered).toBeGreaterThan(RUNS / 5);
    expect(rendered).toBeLessThan(RUNS);
  });
});
