import { describe, expect, it } from 'vitest';
import { cleanArticle } from './article.ts';
import { ingest } from './ingest/index.ts';

/** Ingest and clean an invented HTML page. */
function article(html: string) {
  const bytes = new TextEncoder().encode(html);
  const result = ingest({ path: 'page.html', bytes, sha256: '', story: '' });
  if (!result.ok) throw new Error(result.skipped.message);
  return cleanArticle(result.source);
}

const BODY = '<p>The council met on Tuesday evening and voted to approve the plan after a long debate about its cost and timing.</p><p>Opponents said they would keep campaigning against the scheme, which they argue will harm small shops on the street.</p>';

describe('metadata from an HTML page head', () => {
  it('cleans the canonical URL and reads the date with the same helpers as text evidence', () => {
    const meta = article(`<!doctype html><html lang="en"><head><title>Council backs plan | Harbour Gazette</title>
      <meta property="og:site_name" content="Harbour Gazette">
      <meta property="article:published_time" content="2024-03-05T10:00:00+01:00">
      <link rel="canonical" href="https://gazette.example/news/plan?utm_source=rss&amp;id=7&amp;fbclid=abc#comments">
      </head><body><article>${BODY}</article></body></html>`).meta;
    expect(meta.url).toBe('https://gazette.example/news/plan?id=7');
    expect(meta.published).toBe('2024-03-05T10:00:00+01:00');
    expect(meta.title).toBe('Council backs plan');
    expect(meta.publisher).toBe('Harbour Gazette');
  });

  it('keeps only the date of a head time stated without a zone', () => {
    const meta = article(`<!doctype html><html><head><title>Council backs plan</title>
      <meta property="article:published_time" content="2024-03-05T10:00:00"></head><body><article>${BODY}</article></body></html>`).meta;
    expect(meta.published).toBe('2024-03-05');
  });

  it('keeps a dash in a head title unless it names the site, and refuses non-http URLs', () => {
    const meta = article(`<!doctype html><html><head><title>Dune review - a desert epic</title>
      <link rel="canonical" href="javascript:alert(1)"></head><body><article>${BODY}</article></body></html>`).meta;
    expect(meta.title).toBe('Dune review - a desert epic');
    expect(meta.url).toBeNull();
  });

  it('falls back on JSON-LD, taking from it only a person as the author', () => {
    const ld = (author: string): string =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Ferry service resumes after storm', datePublished: '2024-11-02T08:30:00Z', author: { '@type': 'Person', name: author } })}</script>`;
    const person = article(`<!doctype html><html><head>${ld('Maeve Dolan')}</head><body><article>${BODY}</article></body></html>`).meta;
    expect(person.title).toBe('Ferry service resumes after storm');
    expect(person.published).toBe('2024-11-02T08:30:00Z');
    expect(person.author).toBe('Maeve Dolan');
    const outlet = article(`<!doctype html><html><head>${ld('Harbour Daily staff')}</head><body><article>${BODY}</article></body></html>`).meta;
    expect(outlet.author).toBeNull();
  });
});

describe('images of an HTML page', () => {
  it('never takes an image line (its alt text) for the dek', () => {
    const alt = 'The restored lighthouse at the end of the north pier';
    const a = article(`<!doctype html><html lang="en"><head><title>Lighthouse shines again</title></head><body><article>
      <h1>Lighthouse shines again after forty years</h1>
      <p class="byline">By Owen Pryce</p>
      <figure><img src="https://images.example/lighthouse.jpg" alt="${alt}"></figure>
      ${BODY}</article></body></html>`);
    expect(a.source.images?.some((image) => image.alt === alt)).toBe(true);
    expect(a.meta.title).toBe('Lighthouse shines again after forty years');
    expect(a.meta.dek).not.toBe(alt);
  });
});

describe('the head and the text together (session 7)', () => {
  it("takes the head's time and offset when the text gives the same day only, and not another day's", () => {
    const page = (shown: string): string => `<!doctype html><html><head><title>Council backs plan</title>
      <meta property="article:published_time" content="2024-03-05T10:00:00+01:00"></head><body><article><h1>Council backs plan</h1><p>Jo Roe · <time>${shown}</time></p>${BODY}</article></body></html>`;
    expect(article(page('March 5, 2024')).meta.published).toBe('2024-03-05T10:00:00+01:00');
    expect(article(page('March 4, 2024')).meta.published).toBe('2024-03-04');
  });

  it('reads the site from the half of the title beside the headline, over a menu word', () => {
    const meta = article(`<!doctype html><html><head><title>Glenrowan Gazette - Council backs plan</title></head><body><table><tr><td><b>Sections</b><br><a href="/l">Letters</a><br><a href="/o">Obituaries</a></td><td><b>Council backs plan</b>${BODY}</td></tr></table></body></html>`).meta;
    expect(meta.publisher).toBe('Glenrowan Gazette');
  });
});
