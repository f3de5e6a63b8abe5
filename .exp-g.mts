import { parseDocument } from './src/pipeline/ingest/html/parse-document.ts';
import { runReadability } from './src/pipeline/ingest/html/run-readability.ts';
const n = Number(process.argv[2] ?? 1000); const nest = Number(process.argv[3] ?? 1);
const para = `${'<div class="wrap">'.repeat(nest)}<p>Paragraph NUM of a very long page with plenty of words in it, to be read, and a <a href="/x">link</a>.</p><span>x</span>${'</div>'.repeat(nest)}\n`;
const html = `<html><body><nav>Menu</nav><article>${Array.from({length:n},(_, i)=>para.replace('NUM',String(i))).join('')}</article></body></html>`;
const d = parseDocument(html);
console.log('size', (html.length/1e6).toFixed(2), 'MB elements', d.querySelectorAll('*').length);
let t = Date.now(); const r = runReadability(d); console.log('readability', Date.now() - t, !!r);
