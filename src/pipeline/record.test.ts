import { describe, expect, it } from 'vitest';
import { httpUrl, recordDetails } from './record.ts';
import { cleanUrl } from './describe/clean-url.ts';
import { httpUrl as citedUrl } from './cite/export/csl.ts';

describe('recordDetails', () => {
  it('reads related items with the one URL and date helpers', () => {
    const details = recordDetails({
      topics: ['Transport', '', 7],
      related: [
        { title: 'Earlier story', url: 'https://news.example/a?utm_medium=email&page=2', published: 'March 5, 2025' },
        { title: 'Bad link', url: 'javascript:alert(1)', published: '05/03/2025' },
        'not an object',
      ],
    });
    expect(details.topics).toEqual(['Transport']);
    expect(details.related).toEqual([
      { title: 'Earlier story', excerpt: null, published: '2025-03-05', url: 'https://news.example/a?page=2', publisher: null },
      { title: 'Bad link', excerpt: null, published: null, url: null, publisher: null },
    ]);
  });

  it('keeps the older helper names working as the same function', () => {
    expect(httpUrl).toBe(cleanUrl);
    expect(httpUrl('https://news.example/a?gclid=1#x')).toBe('https://news.example/a');
    // Citations go through the same helper and keep a fragment that points into the page.
    expect(citedUrl('https://news.example/a?gclid=1#:~:text=port')).toBe('https://news.example/a#:~:text=port');
    expect(citedUrl('ftp://news.example/a')).toBeNull();
  });
});
