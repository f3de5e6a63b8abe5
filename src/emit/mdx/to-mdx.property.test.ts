import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hostileText } from './hostile-text.ts';
import { checkRoundTrip } from './roundtrip.ts';
import { isSafeUrl } from './url.ts';

/** Link URLs that `isSafeUrl` accepts, with hostile paths. */
const safeUrl = fc
  .tuple(fc.constantFrom('https://example.com/', 'http://a.b/', 'https://x.y/p?q=', '/local/', '#frag'), hostileText)
  .map(([base, rest]) => base + rest)
  .filter(isSafeUrl);

const RUNS = Number(process.env['MDX_PROPERTY_RUNS'] ?? 1000);

describe('toMdx property: any text renders literally and never executes', () => {
  it(`round-trips through Sätteri (as Astro runs it) and @mdx-js/mdx (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, safeUrl, async (text, url) => {
        await checkRoundTrip(text, url);
      }),
      {
        numRuns: RUNS,
        // Printed by fast-check on failure together with the counterexample
        // and the shrink `path`; replay with `{ seed, path }`.
        verbose: 0,
      },
    );
  });
});
