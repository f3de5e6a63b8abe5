import { listFixtures, scoreFixture } from './src/pipeline/ingest/html/fixture-score.ts';
const root = 'tests/fixtures/html';
for (const f of listFixtures(root)) {
  const s = scoreFixture(root, f);
  console.log(`\n=== ${s.file} extractor=${s.extracted.extractor} recall=${s.expected.length - s.missing.length}/${s.expected.length} junk=${s.junk.length}`);
  if (process.argv.includes('-v')) s.extracted.text.split('\n').forEach((l, i) => { const v = s.verdicts[i]; if (l) console.log(`${String(i+1).padStart(3)} ${s.extracted.kinds[i]?.padEnd(9)} ${v?.keep ? 'K' : '-'} ${v?.reason.padEnd(10)} ${l.slice(0, 110)}`); });
  for (const m of s.missing) console.log('  MISSING:', m.slice(0, 120));
  for (const j of s.junk) console.log('  JUNK:', j.slice(0, 120));
  console.log('  images:', s.extracted.images.map((i) => `${i.line}:${i.kind}:${i.src.slice(0, 50)}:${i.mime ?? ''}`).join(' | '));
  console.log('  dropped:', s.extracted.dropped.map((d) => `${d.code}: ${d.message}`).join('\n           '));
  console.log('  head:', JSON.stringify(s.extracted.head).slice(0, 600));
}
