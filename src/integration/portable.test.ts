import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { portableHtml, withPassageTools } from './portable.ts';

const page = (body: string): string =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script type="module" src="/_astro/site.js"></script></head><body><main id="main">${body}</main></body></html>`;

const article = page(
  '<div class="article-body" data-original="https://news.example/a?x=1">' +
    '<div class="passage" id="p-first" data-index="1"><p>The council voted on Tuesday.</p></div>' +
    '<div class="passage" id="p-second" data-index="2"><p>&lt;script&gt;alert(1)&lt;/script&gt; {x} import a from "b"</p></div>' +
    '</div>',
);

describe('withPassageTools', () => {
  it('writes each passage its ¶N link and a text-fragment link to the original', () => {
    const { document } = parseHTML(withPassageTools(article));
    const tools = [...document.querySelectorAll('.passage > .passage-tools')];
    expect(tools).toHaveLength(2);
    expect(tools[0]!.querySelector('.passage-anchor a')!.getAttribute('href')).toBe('#p-first');
    expect(tools[0]!.textContent).toContain('¶1');
    const original = [...tools[0]!.querySelectorAll('a')].find((a) => a.textContent === 'in the original');
    expect(original!.getAttribute('href')).toMatch(/^https:\/\/news\.example\/a\?x=1#:~:text=/);
  });

  it('keeps hostile passage text as text', () => {
    const out = withPassageTools(article);
    const { document } = parseHTML(out);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect(document.querySelector('#p-second p')!.textContent).toBe('<script>alert(1)</script> {x} import a from "b"');
    expect(out).not.toContain('<script>alert');
  });

  it('adds no link to the original when the body has no http(s) original', () => {
    const local = article.replace('data-original="https://news.example/a?x=1"', 'data-original="javascript:alert(1)"');
    const { document } = parseHTML(withPassageTools(local));
    expect(document.querySelectorAll('.passage-tools')).toHaveLength(2);
    expect([...document.querySelectorAll('.passage-tools a')].map((a) => a.textContent)).toEqual(['¶1 (link to this paragraph)', '¶2 (link to this paragraph)']);
  });

  it('leaves pages without passages byte for byte', () => {
    const other = page('<p data-x>Home &#39;page&#39;</p>');
    expect(withPassageTools(other)).toBe(other);
  });
});

describe('portableHtml', () => {
  it('drops module scripts and keeps the written passage tools', () => {
    const out = portableHtml(article, '/', 2, false);
    expect(out).not.toContain('type="module"');
    expect(out).toContain('href="#p-first"');
    expect(out).toContain('class="passage-tools"');
  });
});
