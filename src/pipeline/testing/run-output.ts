/** Test helpers: a pipeline run's output as JSON, and a generated folder's files, for comparing runs byte for byte. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { runOnFiles } from '../run.ts';

/** Everything a run gives that later stages read, without the decoded sources (bytes are not JSON). */
export function runOutput(result: ReturnType<typeof runOnFiles>): string {
  return JSON.stringify({
    stories: result.stories,
    quotes: result.quotes,
    lock: result.lock,
    report: result.report,
    articles: result.articles.map((a) => ({ slug: a.slug, verdicts: a.article.verdicts, meta: a.article.meta, problems: a.problems, passages: a.passages, quotes: a.quotes, kind: a.kind })),
  });
}

/** Every file under `dir` (path relative to it → its bytes as base64), in path order. */
export function folderContents(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) => (join(a.parentPath, a.name) < join(b.parentPath, b.name) ? -1 : 1))) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length + 1)] = readFileSync(path).toString('base64');
  }
  return out;
}
