/** Test helper: a pipeline run's output as JSON, for comparing runs byte for byte. */
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
