import { extractHtml } from './src/pipeline/ingest/html/index.ts';
for (const depth of [1000, 5000, 20000]) {
const html = `<body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body>`;
const t = Date.now(); const o = extractHtml(html, { path: 'x.html' }); console.log('depth', depth, Date.now() - t, o.text.length, o.dropped);
}
const para = '<div class="c"><p>Paragraph number NUM of a very long page with plenty of words in it to be read.</p><span>x</span></div>\n';
const parts: string[] = []; let len = 0;
for (let i = 0; len < 6 * 1024 * 1024; i += 1) { const p = para.replace('NUM', String(i)); parts.push(p); len += p.length; }
const html = `<html><body><nav>Menu</nav>${parts.join('')}</body></html>`;
const t = Date.now(); const o = extractHtml(html, { path: 'x.html' }); console.log('6MB', Date.now() - t, o.text.length, o.dropped);
