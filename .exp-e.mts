import { extractHtml } from './src/pipeline/ingest/html/index.ts';
const inputs = ['', '   ', '<', '<<<>>>', '<html', '</p></div></body>', '\u0000\u0001binary\uffff', '<p>unclosed <b>bold <i>italic', '<table><tr><td>a<td>b</table>', '<!-- never closed', '<script>never closed', '<html><body><p>x</body></html><p>after</p>'];
for (const i of inputs) { const t = Date.now(); const o = extractHtml(i, { path: 'x.html' }); console.log(JSON.stringify(i), Date.now() - t, JSON.stringify(o.text)); }
for (const depth of [100, 1000, 5000]) {
const html = `<body>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body>`;
const t = Date.now(); const o = extractHtml(html, { path: 'x.html' }); console.log('depth', depth, Date.now() - t, o.text.length);
}
