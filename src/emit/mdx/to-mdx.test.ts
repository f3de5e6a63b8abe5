import { describe, expect, it } from 'vitest';
import { checkRoundTrip } from './roundtrip.ts';

describe('toMdx examples', () => {
  it('smoke', async () => {
    const mdx = await checkRoundTrip("import fs from 'node:fs'");
    expect(mdx).toContain('&#x69;mport fs');
  });
});
