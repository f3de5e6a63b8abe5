import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFixtures, scoreFixture } from './fixture-score.ts';
import { extractHtml } from './index.ts';

const FIXTURES = join(import.meta.dirname, '../../../../tests/fixtures/html');

describe('saved pages in tests/fixtures/html (extract, then the text cleaner)', () => {
  const files = listFixtures(FIXTURES);

  it('has at least five scored pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  for (const abs of files) {
    it(`keeps every expected block of ${abs.slice(FIXTURES.length + 1)}`, () => {
      const score = scoreFixture(FIXTURES, abs);
      expect(score.missing).toEqual([]);
      // Junk that survives both stages: at most one line a page (a pull quote, an author bio).
      expect(score.junk.length).toBeLessThanOrEqual(1);
      // The lines and kinds stay aligned.
      expect(score.extracted.kinds.length).toBe(score.extracted.text.split('\n').length);
    });
  }

  it('reports recall and surviving junk over all pages', () => {
    let expected = 0;
    let found = 0;
    let junk = 0;
    let kept = 0;
    for (const abs of files) {
      const s = scoreFixture(FIXTURES, abs);
      expected += s.expected.length;
      found += s.expected.length - s.missing.length;
      junk += s.junk.length;
      kept += s.expected.length - s.missing.length + s.junk.length;
    }
    console.log(`html fixtures: recall ${found}/${expected}, junk ${junk}/${kept} kept lines`);
    expect(found).toBe(expected);
  });
});

describe('extractHtml structure', () => {
  it('keeps headings, lists, quotes, captions and images as kinds', () => {
    const html = `<html><body><article>
      <h1>Storm leaves thousands without power across the north</h1>
      <p>More than 40,000 homes were without electricity on Sunday morning after winds of up to 90mph brought down power lines across the region, the network operator said.</p>
      <figure><img src="https://cdn.example.com/storm.jpg" alt="A fallen tree"><figcaption>A fallen tree blocks the road into Ashby.</figcaption></figure>
      <p>Engineers worked through the night, but the operator warned that some rural customers might not be reconnected until Tuesday because of the number of separate faults.</p>
      <h2>Where to get help</h2>
      <ul><li>Call 105 to report a power cut.</li><li>Check on vulnerable neighbours.</li></ul>
      <ol start="3"><li>Third</li><li>Fourth</li></ol>
      <blockquote><p>It was the worst night I can remember in thirty years of farming here.</p></blockquote>
      <p>The Met Office said winds would ease by Monday afternoon, though further rain was expected later in the week across the whole of the region.</p>
    </article></body></html>`;
    const out = extractHtml(html, { path: 'a/page.html' });
    const lines = out.text.split('\n');
    const kindOf = (text: string): string | undefined => out.kinds[lines.findIndex((l) => l === text)];
    expect(kindOf('Storm leaves thousands without power across the north')).toBe('heading');
    expect(kindOf('Where to get help')).toBe('heading');
    expect(kindOf('• Call 105 to report a power cut.')).toBe('list-item');
    expect(kindOf('3. Third')).toBe('list-item');
    expect(kindOf('4. Fourth')).toBe('list-item');
    expect(kindOf('It was the worst night I can remember in thirty years of farming here.')).toBe('quote');
    expect(kindOf('A fallen tree blocks the road into Ashby.')).toBe('caption');
    expect(out.images).toEqual([{ line: lines.indexOf('A fallen tree') + 1, kind: 'remote', src: 'https://cdn.example.com/storm.jpg', alt: 'A fallen tree' }]);
    expect(out.kinds[out.images[0]!.line - 1]).toBe('image');
    // Blocks are separated by exactly one blank line.
    expect(out.text).not.toMatch(/\n\n\n/);
    lines.forEach((l, i) => expect(l === '' ? 'blank' : 'text').toBe(out.kinds[i] === 'blank' ? 'blank' : l === '' ? 'blank' : 'text'));
  });

  it('reads head metadata and JSON-LD', () => {
    const html = `<!doctype html><html lang="fr"><head><title>T | Site</title>
      <meta property="og:title" content="OG title"><meta property="article:published_time" content="2020-01-02T03:04:05Z">
      <link rel="canonical" href="https://example.com/a">
      <script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"x"},{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2020-01-02","author":[{"@type":"Person","name":"A One"},{"name":"B Two"}],"publisher":{"name":"Pub"}}]}</script>
      <script type="application/ld+json">{broken</script></head><body><p>x</p></body></html>`;
    const { head } = extractHtml(html, { path: 'p.html' });
    expect(head).toMatchObject({
      'html:lang': 'fr',
      'html:title': 'T | Site',
      'html:meta[og:title]': 'OG title',
      'html:meta[article:published_time]': '2020-01-02T03:04:05Z',
      'html:link[canonical]': 'https://example.com/a',
      'html:ld[headline]': 'LD headline',
      'html:ld[datePublished]': '2020-01-02',
      'html:ld[author]': 'A One, B Two',
      'html:ld[publisher]': 'Pub',
    });
  });

  it('keeps http(s) links of kept text as links and their text as plain text', () => {
    const out = extractHtml('<body><p>Read <a href="https://example.com/report">the report</a> or <a href="/rel">this</a>.</p></body>', { path: 'x.html' });
    expect(out.text).toBe('Read the report or this.');
    expect(out.links).toEqual([{ line: 1, text: 'the report', href: 'https://example.com/report' }]);
  });
});

describe('extractHtml: the top of the article (session 7)', () => {
  const BODY = '<p>More than 40,000 homes were without electricity on Sunday morning after winds of up to 90mph brought down power lines across the region, the network operator said.</p><p>Engineers worked through the night, but the operator warned that some rural customers might not be reconnected until Tuesday because of the number of separate faults.</p><p>The Met Office said winds would ease by Monday afternoon, though further rain was expected later in the week across the whole of the region.</p>';

  it('puts back a standfirst marked as one, or saying what the description says, under the headline', () => {
    const marked = extractHtml(`<html><body><article><header class="entry-header"><h1>Storm leaves thousands without power</h1><p class="entry-excerpt">Winds of up to 90mph brought down lines across the north overnight.</p></header><div class="entry-content">${BODY}</div></article></body></html>`, { path: 'a.html' });
    const lines = marked.text.split('\n').filter((l) => l !== '');
    expect(lines.slice(0, 2)).toEqual(['Storm leaves thousands without power', 'Winds of up to 90mph brought down lines across the north overnight.']);
    const described = extractHtml(`<html><head><meta name="description" content="Winds of up to 90mph brought down lines across the north overnight."></head><body><article><header><h1>Storm leaves thousands without power</h1><div>Winds of up to 90mph brought down lines across the north overnight.</div></header><div class="entry-content">${BODY}</div></article></body></html>`, { path: 'b.html' });
    expect(described.text).toContain('Winds of up to 90mph brought down lines across the north overnight.');
    // An unmarked line under the headline that the description does not give is not taken.
    const plain = extractHtml(`<html><body><article><header class="entry-header"><h1>Storm leaves thousands without power</h1><div>Sponsored by the Ashby Power Company and its partners</div></header><div class="entry-content">${BODY}</div></article></body></html>`, { path: 'c.html' });
    expect(plain.text).not.toContain('Sponsored by');
  });

  it('keeps fields set side by side in spans apart, but not a drop capital from its word', () => {
    const fields = extractHtml(`<html><body><article><h1>Storm leaves thousands without power</h1><div class="meta"><span>By Jo Roe</span><span>Published May 2, 2026</span></div>${BODY}</article></body></html>`, { path: 'd.html' });
    expect(fields.text).toContain('By Jo Roe Published May 2, 2026');
    const dropCap = extractHtml(`<html><body><article><h1>Storm leaves thousands without power</h1><p><span class="dropcap">M</span><span>ore than 40,000 homes were without electricity on Sunday morning after winds of up to 90mph brought down power lines, the operator said.</span></p>${BODY}</article></body></html>`, { path: 'e.html' });
    expect(dropCap.text).toContain('More than 40,000 homes were without electricity on Sunday morning');
  });
});

describe('extractHtml: marked-up standfirsts, captions and AMP images (session 7)', () => {
  const BODY = '<p>More than 40,000 homes were without electricity on Sunday morning after winds of up to 90mph brought down power lines across the region, the network operator said.</p><p>Engineers worked through the night, but the operator warned that some rural customers might not be reconnected until Tuesday because of the number of separate faults.</p><p>The Met Office said winds would ease by Monday afternoon, though further rain was expected later in the week across the whole of the region.</p>';
  const kindOf = (html: string, text: string): string | undefined => {
    const out = extractHtml(html, { path: 'k.html' });
    return out.kinds[out.text.split('\n').indexOf(text)];
  };

  it('marks a paragraph whose class names it a standfirst, and only that', () => {
    const html = `<html><body><main><h1>Storm leaves thousands without power</h1><p class="c-dek_r4">Winds of up to 90mph brought down lines across the north overnight.</p>${BODY}</main></body></html>`;
    expect(kindOf(html, 'Winds of up to 90mph brought down lines across the north overnight.')).toBe('standfirst');
    expect(kindOf(html, 'Engineers worked through the night, but the operator warned that some rural customers might not be reconnected until Tuesday because of the number of separate faults.')).toBe('paragraph');
  });

  it("reads an AMP page's amp-img as an image", () => {
    const out = extractHtml(`<html><body><article><h1>Storm leaves thousands without power</h1><amp-img src="https://cdn.example.com/storm.jpg" width="800" height="500" alt="A fallen tree"></amp-img>${BODY}</article></body></html>`, { path: 'amp.html' });
    expect(out.images.map((i) => i.src)).toEqual(['https://cdn.example.com/storm.jpg']);
  });
});

describe('extractHtml: old table layouts (session 7)', () => {
  it('reads a layout cell (paragraphs, line breaks, many words) as blocks, and a data cell as a field of its row', () => {
    const layout = extractHtml('<html><body><table><tr><td><b>Sections</b><br><a href="/n">Local News</a><br><a href="/w">Weather</a></td><td><b>Shire approves new skate park</b><p>The council has approved a new skate park for the town, ending a three-year campaign by local teenagers and their parents.</p></td></tr></table></body></html>', { path: 't.html' });
    const lines = layout.text.split('\n');
    expect(lines).toContain('Weather');
    expect(lines.some((l) => l.includes('Weather |'))).toBe(false);
    const data = extractHtml('<html><body><p>Results by ward, as counted on Thursday night by the returning officer and confirmed the next morning.</p><table><tr><td>North</td><td>1,204</td></tr></table></body></html>', { path: 'd.html' });
    expect(data.text).toContain('North | 1,204');
  });
});
