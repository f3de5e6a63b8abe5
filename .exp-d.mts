import { readFileSync } from 'node:fs';
import { parseDocument } from './src/pipeline/ingest/html/parse-document.ts';
import { wrapDocument } from './src/pipeline/ingest/html/wrap-document.ts';
import { runReadability } from './src/pipeline/ingest/html/run-readability.ts';
import { toBlocks } from './src/pipeline/ingest/html/blocks.ts';
const d = parseDocument(wrapDocument(readFileSync('tests/fixtures/html/interview-malformed.html','utf8')));
const r = runReadability(d);
console.log(r && toBlocks(r.root));
