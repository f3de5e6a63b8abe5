import { describe, expect, it } from 'vitest';
import { articleMdx } from './article-mdx.ts';
import type { ArticleFigure } from './article-media.ts';
import { elements, renderWithAstroSatteri, renderWithMdxJs, topLevel, type El } from './mdx/test-harness.ts';
import type { Passage } from '../pipeline/types.ts';

const passage = (index: number, line: number, text: string, kind: Passage['kind'] = 'paragraph'): Passage => ({ id: `p-${index}`, kind, text, lines: [line], index });
const picture = (line: number, alt: string): ArticleFigure => ({ line, media: { kind: 'picture', image: { src: '../../media/0123456789abcdef.png', alt, width: 8, height: 6 } } });

const PASSAGES = [
  passage(1, 3, 'First paragraph.'),
  passage(2, 7, 'The caption of the photo.', 'caption'),
  passage(3, 9, 'Second paragraph.'),
  passage(4, 13, 'A caption two lines away from nothing.', 'caption'),
];

/** Tag, class and passage id of each top-level block, and of each figure's parts. */
function outline(blocks: El[]): string[] {
  return blocks.map((el) => {
    if (el.tag !== 'figure') return `${el.tag}#${String(el.props['id'])}`;
    const parts = [...elements(el.children)].filter((c) => c.tag === 'img' || (c.tag === 'a' && !String(c.props['href']).startsWith('#')) || c.tag === 'figcaption' || (c.tag === 'div' && c.props['id'] !== undefined));
    return `figure.${String(el.props['class'])}[${parts.map((c) => (c.tag === 'div' ? `#${String(c.props['id'])}` : c.tag === 'a' ? `a=${String(c.props['href'])}` : c.tag)).join(' ')}]`;
  });
}

describe('articleMdx with figures', () => {
  it('puts each image where it stood, with the caption right below it as its figcaption', async () => {
    const figures: ArticleFigure[] = [
      picture(1, 'Lead photo'),
      picture(5, 'Photo'),
      { line: 10, media: { kind: 'link', href: 'https://cdn.example.com/x.jpg', label: 'Image: a bridge (external)' } },
      picture(20, 'Last'),
    ];
    const mdx = articleMdx(PASSAGES, new Map(), figures);
    const expected = [
      'figure.article-figure[img]',
      'div#p-1',
      'figure.article-figure[img figcaption #p-2]',
      'div#p-3',
      'figure.article-figure article-figure-remote[a=https://cdn.example.com/x.jpg]',
      'div#p-4',
      'figure.article-figure[img]',
    ];
    for (const render of [async () => (await renderWithAstroSatteri(mdx)).rendered, async () => renderWithMdxJs(mdx).rendered]) {
      const blocks = topLevel(await render());
      expect(outline(blocks)).toEqual(expected);
      const img = [...elements(blocks)].find((e) => e.tag === 'img' && e.props['alt'] === 'Photo');
      expect(img?.props).toEqual({ src: '../../media/0123456789abcdef.png', alt: 'Photo', width: '8', height: '6', loading: 'lazy', decoding: 'async', 'data-pagefind-ignore': 'all' });
      const link = [...elements(blocks)].find((e) => e.tag === 'a' && String(e.props['href']).startsWith('https://cdn'));
      expect(link?.children).toEqual(['Image: a bridge (external)']);
    }
    // The caption passage keeps its anchor inside the figure; every passage is written once.
    for (const p of PASSAGES) expect(mdx.split(`id="${p.id}"`).length - 1).toBe(1);
  });

  it('pairs a caption with the last of several images above it only', async () => {
    const mdx = articleMdx([passage(1, 9, 'Caption of the second image.', 'caption')], new Map(), [picture(5, 'One'), picture(7, 'Two')]);
    expect(outline(topLevel((await renderWithAstroSatteri(mdx)).rendered))).toEqual(['figure.article-figure[img]', 'figure.article-figure[img figcaption #p-1]']);
  });

  it('writes the same body as before when there are no images', () => {
    expect(articleMdx(PASSAGES, new Map(), [])).toBe(articleMdx(PASSAGES));
    expect(articleMdx(PASSAGES)).not.toContain('figure');
  });
});

describe('articleMdx passages', () => {
  it('writes each passage as its wrapper and its text only; the tools are added in the browser', async () => {
    const { code, rendered } = await renderWithAstroSatteri(articleMdx(PASSAGES.slice(0, 1)));
    const [wrapper] = topLevel(rendered);
    expect(wrapper?.tag).toBe('div');
    expect(wrapper?.props).toEqual({ id: 'p-1', class: 'passage passage-paragraph', 'data-index': '1' });
    expect(wrapper?.children).toEqual([{ tag: 'p', props: {}, children: ['First paragraph.'] }]);
    expect(code).toContain('"set:html": "<p>First paragraph.</p>"');
    // Each passage costs its compiled module two JSX calls: the wrapper, and its text as one static HTML string.
    const calls = async (n: number): Promise<number> => ((await renderWithAstroSatteri(articleMdx([1, 3, 5].slice(0, n).map((i) => passage(i, i, `Text ${i}.`))))).code.match(/_jsxs?\(/g) ?? []).length;
    expect((await calls(3)) - (await calls(2))).toBe(2);
  });
});
