import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { addPassageTools } from './passage-tools.ts';
import { articleMdx, type QuoteLinks } from '../emit/article-mdx.ts';
import { renderWithAstroSatteri, type Child } from '../emit/mdx/test-harness.ts';
import { textFragmentUrl } from '../pipeline/cite/export/text-fragment.ts';
import type { Passage } from '../pipeline/types.ts';

const passage = (index: number, text: string, kind: Passage['kind'] = 'paragraph'): Passage => ({ id: `p-${index}0000`, kind, text, lines: [index * 2], index });

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Rendered MDX children as HTML, as Astro writes them. */
function html(children: readonly Child[]): string {
  return children
    .map((c) => (typeof c === 'string' ? escape(c) : `<${c.tag}${Object.entries(c.props).map(([k, v]) => ` ${k}="${escape(String(v))}"`).join('')}>${html(c.children)}</${c.tag}>`))
    .join('');
}

/** An article body as the page renders it: the compiled MDX inside `.article-body`. */
async function articleBody(passages: Passage[], original: string | null, links = new Map<string, QuoteLinks[]>()): Promise<{ document: Document; body: Element }> {
  const { rendered } = await renderWithAstroSatteri(articleMdx(passages, links));
  const attr = original === null ? '' : ` data-original="${escape(original)}"`;
  const { document } = parseHTML(`<!doctype html><html><body><main><div class="article-body"${attr}>${html(rendered)}</div></main></body></html>`);
  return { document, body: document.querySelector('.article-body')! };
}

describe('addPassageTools', () => {
  const PASSAGES = [
    passage(1, 'A heading', 'heading'),
    passage(2, 'She said: "<script>alert(1)</script>" and {x} & more,\nacross a line with twelve or more words in it to quote both ends.'),
    passage(3, 'Short one.'),
  ];

  it('adds a ¶N link and a link into the original after each passage text, before its "Quote also in" lines', async () => {
    const url = 'https://news.example.org/a?b=1';
    const links = new Map([['p-30000', [{ links: [{ label: 'Other ¶1', href: '/articles/other/#p-1' }], more: 0, quoteHref: '/quotes/q-1/' }]]]);
    const { body } = await articleBody(PASSAGES, url, links);
    addPassageTools(body);
    const passages = [...body.querySelectorAll('.passage')];
    expect(passages.map((p) => [...p.children].map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : '')))).toEqual([
      ['h2', 'div.passage-tools'],
      ['p', 'div.passage-tools'],
      ['p', 'div.passage-tools', 'div.also-in'],
    ]);
    passages.forEach((element, i) => {
      const p = PASSAGES[i]!;
      const anchors = [...element.querySelectorAll('.passage-tools a')];
      expect(anchors.map((a) => a.getAttribute('href'))).toEqual([`#${p.id}`, textFragmentUrl(url, p.text)]);
      expect(anchors[0]!.textContent).toBe(`¶${p.index} (link to this paragraph)`);
      expect(anchors[0]!.querySelector('.visually-hidden')?.textContent).toBe(' (link to this paragraph)');
      expect(anchors[1]!.textContent).toBe('in the original');
    });
    // The hostile text stayed text: no element came from it.
    expect(body.querySelector('script')).toBeNull();
  });

  it('adds only the ¶N link when the original is unknown or not an http(s) URL', async () => {
    for (const original of [null, 'javascript:alert(1)', 'ftp://example.org/x', '/local/path']) {
      const { body } = await articleBody(PASSAGES.slice(2), original);
      addPassageTools(body);
      expect([...body.querySelectorAll('.passage-tools a')].map((a) => a.getAttribute('href'))).toEqual(['#p-30000']);
    }
  });

  it('adds the tools once however often it runs', async () => {
    const { body } = await articleBody(PASSAGES, 'https://example.org/');
    addPassageTools(body);
    addPassageTools(body);
    expect(body.querySelectorAll('.passage-tools')).toHaveLength(PASSAGES.length);
  });
});
