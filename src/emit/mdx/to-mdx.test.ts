import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, jsxFlow, jsxText, toMdx } from './index.ts';
import { checkRoundTrip } from './roundtrip.ts';
import { canon, mdxJsMdast, nodeTypes, renderWithAstroSatteri, renderWithMdxJs, satteriMdast } from './test-harness.ts';

/** One example per hostile category; each goes through every context (see `buildDoc`). */
const EXAMPLES: Record<string, string[]> = {
  'seed 003 CSS line': ['.tdi_3_98b.td-a-rec-img{ text-align: left; }'],
  'ESM lines': [
    "import fs from 'node:fs'",
    'export const x = 1',
    "  import fs from 'node:fs'",
    '\timport{a}from"b"',
    'Import x from "y"',
    "a\nimport fs from 'node:fs'\nexport default 1",
    'export\t{ x }',
  ],
  'expressions and JSX': ['{x}', '{', '}', '{/* c */}', '<Foo />', '<>', '</x>', '</', 'a < b > c', '<div>'],
  'script and HTML': ['<script>alert(1)</script>', '<!-- c -->', '<!--', '<style>p{}</style>', '<img src=x onerror=alert(1)>'],
  'character references and escapes': ['&amp;', '&lt;script&gt;', '&#123;', '&#x0;', '\\', '\\{', 'a\\', '\\\\n'],
  'markdown block syntax': ['# h', '> q', '- li', '* li', '+ li', '1. li', '1) li', '---', '***', '===', '```js', '~~~', '    code', '[^1]: note', '[x]: https://e.com', '| a | b |\n|---|---|'],
  'markdown inline syntax': ['*a*', '_a_', '**a**', '`a`', '~~a~~', '[a](b)', '![a](b)', '[^1]', '$x$', ':::', '[[w]]'],
  'autolink literals': ['a@b.c', 'www.a.b', 'WWW.A.B', 'https://a.b', 'HTTPS://A.B', 'javascript:alert(1)', 'mailto:a@b.c'],
  'frontmatter': ['---\nlayout: ./x.astro\n---', '+++\nlayout = "./x.astro"\n+++'],
  'whitespace and line endings': [' ', '  a  ', '\ta', 'a\r\nb', 'a\rb', 'a\n\nb', 'a\n   \nb', 'a  \nb', '\n', '\n\n@'],
  'controls and invisible characters': ['a\0b', '\u2028x\u2029', '\u202Eevil\u202C', '\u2066\u2067\u2068\u2069', '\u200B\u200E\u200F', '\uFEFFbom', '\u000B\u000C', '\u0085', '\uD800x'],
  'unicode': ['日本語', '👩‍👩‍👧', 'مرحبا', 'e\u0301'],
  'brackets, quotes and braces (property-test finds)': ['}[{"', '[{"', '`[{"` [t](u/\\[x] "}")', '"}")'],
};

describe('toMdx: hostile text renders literally (Sätteri as Astro runs it, and @mdx-js/mdx)', () => {
  for (const [category, texts] of Object.entries(EXAMPLES)) {
    it(category, async () => {
      for (const text of texts) {
        await checkRoundTrip(text);
        await checkRoundTrip(text, 'https://example.com/[x]');
      }
    });
  }

  it('neutralises import/export at line starts', () => {
    const mdx = toMdx({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: "import fs from 'node:fs'" }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'export const x = 1' }] },
      ],
    });
    expect(mdx).toBe("&#x69;mport fs from 'node:fs'\n\n&#x65;xport const x = 1\n");
  });

  it('escapes the seed 003 CSS line', () => {
    const mdx = toMdx({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: '.tdi_3_98b.td-a-rec-img{ text-align: left; }' }] }],
    });
    expect(mdx).toBe('.tdi_3_98b.td-a-rec-img\\{ text-align: left; }\n');
  });

  it('keeps newlines inside one paragraph (written as &#xA;)', () => {
    const mdx = toMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a\n\n  \nb' }] }] });
    expect(mdx).toBe('a&#xA;&#xA;  &#xA;b\n');
    expect(canon(satteriMdast(mdx))).toEqual(canon(mdxJsMdast(mdx)));
  });

  it('renders a typical article body as the lead builds it', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Council {budget} <vote>' }] },
        jsxFlow('div', { id: 'p-3f9a', class: 'passage', 'data-kind': 'paragraph' }, [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'The council said ' },
              { type: 'link', url: 'https://example.com/a (b)?q=<x>', children: [{ type: 'text', value: 'the report' }] },
              { type: 'text', value: ' was final.' },
              { type: 'footnoteReference', identifier: 's1' },
            ],
          },
        ]),
        { type: 'footnoteDefinition', identifier: 's1', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Source: a@b.c' }] }] },
      ],
    };
    const mdx = toMdx(tree);
    expect(mdx).toMatchInlineSnapshot(`
      "## Council \\{budget} \\<vote>

      <div id="p-3f9a" class="passage" data-kind="paragraph">
        The council said [the report](<https://example.com/a (b)?q=\\<x\\>>) was final.[^s1]
      </div>

      [^s1]: Source: a<></>@b.c
      "
    `);
    const { rendered } = await renderWithAstroSatteri(mdx);
    expect(JSON.stringify(rendered)).toContain('"href":"https://example.com/a%20(b)?q=%3Cx%3E"');
  });

  it('a paragraph of only inline JSX: whitespace dropped, Sätteri reads it as block JSX (known limitation)', () => {
    const mdx = toMdx({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', value: ' ' }, jsxText('span', { class: 'q' }, [{ type: 'text', value: 'x' }]), { type: 'text', value: '\n' }] }],
    });
    expect(mdx).toBe('<span class="q">x</span>\n');
    const span = { name: 'span', attributes: [{ name: 'class', value: 'q' }], children: [{ type: 'text', value: 'x' }] };
    // Sätteri (the site's compiler): a block-level <span>, no <p>.
    expect(canon(satteriMdast(mdx))).toEqual({ type: 'root', children: [{ type: 'mdxJsxFlowElement', ...span }] });
    // @mdx-js/mdx: the same span inside a paragraph. Text is identical either way.
    expect(canon(mdxJsMdast(mdx))).toEqual({
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'mdxJsxTextElement', ...span }] }],
    });
  });

  it('encodes attribute values so any string round-trips', async () => {
    const value = 'a"b\'c&amp;{x}<y>\n  z\u000B\\';
    const mdx = toMdx({ type: 'root', children: [jsxFlow('div', { 'data-x': value }, [])] });
    expect(mdx).not.toContain('&amp;amp;');
    for (const parse of [satteriMdast, mdxJsMdast]) {
      const attr = (canon(parse(mdx))['children'] as Array<{ attributes: Array<{ value: string }> }>)[0]?.attributes[0];
      expect(attr?.value).toBe(value);
    }
  });

  it('refuses what it cannot make safe', () => {
    const p = (node: unknown): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [node as never] }] });
    expect(() => toMdx(p({ type: 'link', url: 'javascript:alert(1)', children: [] }))).toThrow(/unsafe link URL/);
    expect(() => toMdx(p({ type: 'link', url: ' javascript:alert(1)', children: [] }))).toThrow(/unsafe link URL/);
    expect(() => toMdx(p({ type: 'link', url: 'data:text/html,x', children: [] }))).toThrow(/unsafe link URL/);
    expect(() => toMdx(p({ type: 'link', url: '//evil.example/', children: [] }))).toThrow(/unsafe link URL/);
    expect(() => toMdx(p({ type: 'html', value: '<script>' }))).toThrow(/unsupported/);
    // Sätteri reads `{"…` inside this code span as a live expression.
    expect(() => toMdx(p({ type: 'inlineCode', value: '[{"' }))).toThrow(/unsupported/);
    expect(() => toMdx({ type: 'root', children: [{ type: 'code', value: '{x}' }] })).toThrow(/unsupported/);
    expect(() => toMdx(p({ type: 'break' }))).toThrow(/unsupported/);
    expect(() => toMdx(p({ type: 'mdxTextExpression', value: 'x' }))).toThrow(/unsupported/);
    expect(() => toMdx({ type: 'root', children: [{ type: 'mdxjsEsm', value: 'import x from "y"' } as never] })).toThrow(/unsupported/);
    expect(() => jsxFlow('Foo', {}, [])).toThrow(/element/);
    expect(() => jsxFlow('script', {}, [])).toThrow(/element/);
    expect(() => jsxText('span', { onclick: 'x' }, [])).toThrow(/attribute/);
    expect(() => jsxText('span', { style: 'x' }, [])).toThrow(/attribute/);
    expect(() =>
      toMdx({
        type: 'root',
        children: [{ type: 'mdxJsxFlowElement', name: 'div', attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...x' }], children: [] }],
      }),
    ).toThrow(/attribute/);
    expect(isSafeUrl('https://example.com/a b')).toBe(true);
    expect(isSafeUrl('#fn-1')).toBe(true);
    expect(isSafeUrl('/articles/x')).toBe(true);
  });

  it('negative control: the harness does catch pasted (unescaped) MDX', async () => {
    const pasted = "import fs from 'node:fs'\n\n{1 + 1}\n";
    expect([...nodeTypes(satteriMdast(pasted))]).toEqual(expect.arrayContaining(['mdxjsEsm', 'mdxFlowExpression']));
    expect([...nodeTypes(mdxJsMdast(pasted))]).toEqual(expect.arrayContaining(['mdxjsEsm', 'mdxFlowExpression']));
    await expect(renderWithAstroSatteri(pasted)).rejects.toThrow(/unexpected import/);
    expect(() => renderWithMdxJs(pasted)).toThrow(/unexpected import/);
  });
});
