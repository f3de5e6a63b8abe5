import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify("Microsoft says it won't sell its facial recognition tech to police")).toBe('microsoft-says-it-wont-sell-its-facial-recognition-tech-to');
    expect(slugify('Café Zürich — naïve')).toBe('cafe-zurich-naive');
    expect(slugify('<script>{}</script>')).toBe('script-script');
    expect(slugify('日本語')).toBe('');
  });
});

describe('uniqueSlug', () => {
  it('avoids site paths and repeats', () => {
    const taken = new Set<string>();
    expect(uniqueSlug(['Search'], taken, 'x')).toBe('search-article');
    expect(uniqueSlug(['index'], taken, 'x')).toBe('index-article');
    expect(uniqueSlug(['_astro'], taken, 'x')).toBe('astro');
    expect(uniqueSlug(['Same title'], taken, 'x')).toBe('same-title');
    expect(uniqueSlug(['Same title'], taken, 'x')).toBe('same-title-2');
    expect(uniqueSlug(['日本語', '001'], taken, 'x')).toBe('001');
    expect(uniqueSlug(['日本語'], taken, 'article')).toBe('article');
  });
});
