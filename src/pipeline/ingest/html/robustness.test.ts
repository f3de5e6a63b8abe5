import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.ts';
import { wrapDocument } from './wrap-document.ts';

describe('malformed and hostile input', () => {
  it('never throws', () => {
    const inputs = ['', '   ', '<', '<<<>>>', '<html', '</p></div></body>', '\u0000\u0001binary\uffff', '<p>unclosed <b>bold <i>italic', '<table><tr><td>a<td>b</table>', '<!-- never closed', '<script>never closed', '<html><body><p>x</body></html><p>after</p>'];
    for (const input of inputs) {
      const out = extractHtml(input, { path: 'x.html' });
      expect(out.kinds.length).toBe(out.text.split('\n').length);
    }
  });

  it('keeps text of pages without <html> or <body> tags', () => {
    expect(extractHtml('just text <p>and a paragraph', { path: 'x.html' }).text).toBe('just text\n\nand a paragraph');
    expect(extractHtml('<html><title>T</title><p>para</p>text</html>', { path: 'x.html' }).text).toBe('para\n\ntext');
    expect(wrapDocument('<html lang="de"><head><script>"<body>"</script></head><body class="a"><p>x</p></body></html>')).toBe(
      '<!doctype html><html lang="de"><head><script>"<body>"</script></head><body class="a"><p>x</p></body></html>',
    );
  });

  it('does not mistake an unclosed heading for a heading-only page', () => {
    const out = extractHtml('<body><h1>Title<p>First paragraph of text.<blockquote>A quote.</blockquote><p>Second.', { path: 'x.html' });
    expect(out.text.split('\n')).toEqual(['Title', '', 'First paragraph of text.', '', 'A quote.', '', 'Second.']);
    expect(out.kinds).toEqual(['heading', 'blank', 'paragraph', 'blank', 'quote', 'blank', 'paragraph']);
  });

  it('handles very deep nesting without exhausting the stack', () => {
    const depth = 20_000;
    const html = `<body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body>`;
    expect(extractHtml(html, { path: 'x.html' }).text).toContain('Deep text.');
  });

  it('bounds the work on a huge page (over 5 MB) and still keeps its text', () => {
    const para = '<div class="c"><p>Paragraph number NUM of a very long page with plenty of words in it to be read.</p><span>x</span></div>\n';
    const parts: string[] = [];
    for (let i = 0, size = 0; size < 6 * 1024 * 1024; i += 1) {
      parts.push(para.replace('NUM', String(i)));
      size += parts[i]!.length;
    }
    const html = `<html><body><nav>Menu</nav>${parts.join('')}</body></html>`;
    const started = Date.now();
    const out = extractHtml(html, { path: 'x.html' });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(out.extractor).toBe('body');
    expect(out.dropped.map((d) => d.code)).toContain('html-large');
    expect(out.text).toContain('Paragraph number 0 of');
    expect(out.text).toContain(`Paragraph number ${parts.length - 1} of`);
    expect(out.text).not.toContain('Menu');
  });

  it('reads a row of 40,000 cells and a line of 40,000 spans in linear time (a long line is never re-read per element)', () => {
    const cells = Array.from({ length: 40_000 }, (_, i) => `<td>c${i}</td>`).join('');
    const spans = Array.from({ length: 40_000 }, (_, i) => `<span>s${i}</span>`).join('');
    const started = Date.now();
    const row = extractHtml(`<html><body><table><tr>${cells}</tr></table></body></html>`, { path: 'cells.html' });
    const line = extractHtml(`<html><body><div>${spans}</div></body></html>`, { path: 'spans.html' });
    // Generous: quadratic reading took over 100 s for the row alone.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(row.text).toContain('c0 | c1 | c2');
    expect(row.text).toContain('c39999');
    expect(line.text).toContain('s0 s1 s2');
  });

  it('cuts pages beyond the hard limit', () => {
    const out = extractHtml(`<body><p>Start.</p><p>${'word '.repeat(1000)}</p><p>End.</p></body>`, { path: 'x.html', hardLimit: 100 });
    expect(out.text).toContain('Start.');
    expect(out.text).not.toContain('End.');
    expect(out.dropped.map((d) => d.code)).toContain('html-cut');
  });
});
