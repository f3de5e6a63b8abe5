import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DERIVED, HOSTILE, HOSTILE_TITLE, REUTERS, WINBUZZER } from './fixtures.ts';
import { citationMetaTags, newsArticleJsonLd, serializeJsonLd, type MetaTag } from './meta.ts';

const get = (tags: MetaTag[], key: string): string[] =>
  tags.filter((t) => ('name' in t ? t.name : t.property) === key).map((t) => t.content);

/** What CitationMeta.astro emits for the JSON-LD: the serializer's output inside a script element. */
const scriptElement = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('citationMetaTags', () => {
  it('gives Zotero a dated newspaper article', () => {
    const tags = citationMetaTags(REUTERS);
    expect(get(tags, 'citation_title')).toEqual([REUTERS.title]);
    expect(get(tags, 'citation_publication_date')).toEqual(['2020/06/11']);
    expect(get(tags, 'citation_journal_title')).toEqual(['Reuters']);
    expect(get(tags, 'citation_publisher')).toEqual(['Reuters']);
    expect(get(tags, 'citation_public_url')).toEqual([REUTERS.url]);
    expect(get(tags, 'citation_abstract_html_url')).toEqual([REUTERS.url]);
    expect(get(tags, 'DC.type')).toEqual(['newspaperArticle']);
    expect(get(tags, 'DC.date')).toEqual(['2020-06-11']);
    expect(get(tags, 'og:type')).toEqual(['article']);
    expect(get(tags, 'og:url')).toEqual([REUTERS.url]);
    expect(get(tags, 'og:site_name')).toEqual(['Reuters']);
  });

  it('says nothing about unknown dates and URLs', () => {
    const tags = citationMetaTags(WINBUZZER);
    expect(get(tags, 'citation_author')).toEqual(['Jones, Luke']);
    expect(get(tags, 'DC.creator')).toEqual(['Jones, Luke']);
    for (const k of ['citation_publication_date', 'DC.date', 'og:url', 'citation_public_url', 'article:published_time']) expect(get(tags, k)).toEqual([]);
  });

  it('brackets a derived title for citation tools but shows the display title to previews', () => {
    const tags = citationMetaTags(DERIVED);
    expect(get(tags, 'citation_title')).toEqual([`[${DERIVED.displayTitle}]`]);
    expect(get(tags, 'og:title')).toEqual([DERIVED.displayTitle]);
  });

  it('one citation_author per author', () => {
    expect(get(citationMetaTags(HOSTILE), 'citation_author')).toEqual(['Jones, Luke', 'O’Brien-Smith, Zoë', 'Associated Press']);
  });
});

describe('JSON-LD', () => {
  it('describes a NewsArticle based on the original', () => {
    expect(newsArticleJsonLd(REUTERS)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: REUTERS.displayTitle,
      datePublished: '2020-06-11T17:56:00Z',
      publisher: { '@type': 'Organization', name: 'Reuters' },
      isBasedOn: REUTERS.url,
      url: REUTERS.url,
    });
    expect(newsArticleJsonLd(HOSTILE)['author']).toEqual([
      { '@type': 'Person', name: 'Luke Jones' },
      { '@type': 'Person', name: 'Zoë O’Brien-Smith' },
      { '@type': 'Organization', name: 'Associated Press' },
    ]);
    expect(newsArticleJsonLd(WINBUZZER)).not.toHaveProperty('datePublished');
  });

  it('a hostile title cannot close the script element', () => {
    const json = serializeJsonLd(newsArticleJsonLd({ ...HOSTILE, displayTitle: HOSTILE_TITLE }));
    const html = scriptElement(json);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(html.toLowerCase().indexOf('</script')).toBe(html.length - '</script>'.length);
    expect(html).not.toContain('<!--');
    expect((JSON.parse(json) as { headline: string }).headline).toBe(HOSTILE_TITLE.replace(/[\s\u2028]+/g, ' '));
  });

  it('any string survives the serializer and none escapes the element', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = serializeJsonLd({ headline: s, nested: [s] });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
        expect(JSON.parse(json)).toEqual({ headline: s, nested: [s] });
      }),
    );
  });
});
